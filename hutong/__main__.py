from hutong.cli import main

raise SystemExit(main())
