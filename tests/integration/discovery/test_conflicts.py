"""Two instances wanting the same instance name both register, under distinct names."""

from __future__ import annotations

import secrets

from tests.integration.discovery.helpers import StartNode


def test_second_instance_with_the_same_name_is_renamed(start_node: StartNode) -> None:
    # Same display name and same 6-digit id prefix: the same instance name, different devices.
    prefix = secrets.token_hex(3)
    first = start_node("Twin", device_id=prefix + secrets.token_hex(29))
    first_name = first.discovery.wait_registered(timeout=30.0)

    second = start_node("Twin", device_id=prefix + secrets.token_hex(29))
    second_name = second.discovery.wait_registered(timeout=30.0)

    assert first_name == f"Twin ({prefix})._hutong._tcp.local."
    assert second_name == f"Twin ({prefix})-2._hutong._tcp.local."
    first.listener.wait_for(lambda: first.sees(second), timeout=30.0, what="first to see second")
    second.listener.wait_for(lambda: second.sees(first), timeout=30.0, what="second to see first")
    assert first.peer_names({first_name, second_name}) == {second_name}
    assert second.peer_names({first_name, second_name}) == {first_name}

    first.discovery.stop()
    assert first.discovery.service_name is None
    assert second.discovery.service_name == second_name
