#!/usr/bin/python3
"""The keyboard of a headless mutter, for tests/wayland/activation.sh.

A headless mutter has no input devices; a RemoteDesktop session gives its seat a virtual keyboard (and mutter
issues no valid activation token to a client that never had a keyboard serial). The session lives while this
script runs. Each line on stdin is typed into whichever window has the keyboard focus: digits as digit keys,
"enter" as Return. Prints "ready" once the session has started and "typed" after each line.
"""
import sys

import dbus

# evdev key codes (linux/input-event-codes.h)
KEY_RETURN = 28
KEY_DIGITS = {"1": 2, "2": 3, "3": 4, "4": 5, "5": 6, "6": 7, "7": 8, "8": 9, "9": 10, "0": 11}
SERVICE = "org.gnome.Mutter.RemoteDesktop"


def press(session, code):
    session.NotifyKeyboardKeycode(dbus.UInt32(code), True)
    session.NotifyKeyboardKeycode(dbus.UInt32(code), False)


def main():
    bus = dbus.SessionBus()
    remote = dbus.Interface(bus.get_object(SERVICE, "/org/gnome/Mutter/RemoteDesktop"), SERVICE)
    path = remote.CreateSession()
    session = dbus.Interface(bus.get_object(SERVICE, path), SERVICE + ".Session")
    session.Start()
    print("ready", flush=True)
    for line in sys.stdin:
        line = line.strip()
        codes = [KEY_RETURN] if line == "enter" else [KEY_DIGITS[c] for c in line]
        for code in codes:
            press(session, code)
        print("typed", line, flush=True)


if __name__ == "__main__":
    main()
