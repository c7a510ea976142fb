# Makefile of the Linux release archive: install the map system-wide or for one user.
#
#   sudo make install        /usr/local/bin, /usr/local/share
#   make user-install        ~/.local/bin, ~/.local/share
#   sudo make uninstall / make user-uninstall

ID   := cn.ningbo.partybuilding.storymap
SRC  := usr/local

.PHONY: install uninstall user-install user-uninstall

install:
	$(MAKE) PREFIX=$(DESTDIR)/usr/local do-install

uninstall:
	$(MAKE) PREFIX=$(DESTDIR)/usr/local do-uninstall

user-install:
	$(MAKE) PREFIX=$(HOME)/.local do-install

user-uninstall:
	$(MAKE) PREFIX=$(HOME)/.local do-uninstall

do-install:
	install -Dm755 $(SRC)/bin/ningbomap $(PREFIX)/bin/ningbomap
	install -Dm644 $(SRC)/share/applications/$(ID).desktop $(PREFIX)/share/applications/$(ID).desktop
	install -Dm644 $(SRC)/share/pixmaps/$(ID).png $(PREFIX)/share/pixmaps/$(ID).png

do-uninstall:
	rm -f $(PREFIX)/bin/ningbomap $(PREFIX)/share/applications/$(ID).desktop $(PREFIX)/share/pixmaps/$(ID).png
