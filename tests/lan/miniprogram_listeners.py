"""Listeners for the mini-program network probe: TCP and UDP sockets on the ports an escape
would use (DNS, HTTP, HTTPS, STUN/TURN...) and a packet counter on one interface.

Runs inside a network namespace until its standard input closes, then prints one JSON line:
connections accepted and datagrams received per port, and IPv4/ARP frames seen arriving.
"""

from __future__ import annotations

import json
import select
import socket
import sys

PORTS = (53, 80, 443, 3478, 5349, 8080, 8081, 19302)
ETH_P_ALL = 0x0003
PACKET_OUTGOING = 4
COUNTED_TYPES = (b"\x08\x00", b"\x08\x06")  # IPv4, ARP


def main() -> int:
    address, interface = sys.argv[1], sys.argv[2]
    sockets: dict[socket.socket, str] = {}
    for port in PORTS:
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        tcp.bind((address, port))
        tcp.listen(16)
        sockets[tcp] = f"tcp/{port}"
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind((address, port))
        sockets[udp] = f"udp/{port}"
    sniffer = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    sniffer.bind((interface, 0))
    counts: dict[str, int] = {}
    frames: list[str] = []
    print("ready", flush=True)
    while True:
        readable, _, _ = select.select([sys.stdin, sniffer, *sockets], [], [], 1.0)
        for source in readable:
            if source is sys.stdin:
                if not sys.stdin.readline():
                    print(
                        json.dumps({"counts": counts, "frames": len(frames), "first": frames[:20]})
                    )
                    return 0
            elif source is sniffer:
                frame, info = sniffer.recvfrom(65535)
                if info[2] != PACKET_OUTGOING and frame[12:14] in COUNTED_TYPES:
                    frames.append(describe(frame))
            else:
                name = sockets[source]
                counts[name] = counts.get(name, 0) + 1
                if name.startswith("tcp"):
                    connection, _ = source.accept()
                    connection.close()
                else:
                    source.recvfrom(65535)


def describe(frame: bytes) -> str:
    if frame[12:14] == b"\x08\x06":
        return "arp who-has " + socket.inet_ntoa(frame[38:42])
    header = frame[14:]
    protocol = {6: "tcp", 17: "udp", 1: "icmp"}.get(header[9], str(header[9]))
    length = (header[0] & 0x0F) * 4
    port = (
        int.from_bytes(header[length + 2 : length + 4], "big") if protocol in ("tcp", "udp") else 0
    )
    return (
        f"{protocol} {socket.inet_ntoa(header[12:16])} -> {socket.inet_ntoa(header[16:20])}:{port}"
    )


if __name__ == "__main__":
    sys.exit(main())
