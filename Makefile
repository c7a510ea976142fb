# Ningbo Party-Building Story Map — build, run and test.
#
#   make run    install missing system packages, build, open the map
#   make test   the same installs plus Xvfb and xdotool, then every check and test
#   make bench  engine benchmarks side by side with their peers
#   make soak   the kiosk for 30 minutes in Xvfb under random input (not part of make test)

GO       ?= go
BIN      ?= ningbomap
GOFLAGS  ?=
export CGO_ENABLED := 1

# Debian/Ubuntu packages: a C compiler and the X11/OpenGL headers Fyne's GLFW driver
# builds against; the tests add an X server, input and screenshot tools and Mesa.
BUILD_PKGS := gcc pkg-config libc6-dev libgl1-mesa-dev libx11-dev libxcursor-dev \
              libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS  := xvfb xauth xdotool imagemagick libgl1-mesa-dri


.PHONY: all build run test deps test-deps check-fmt vet layering unit e2e bench soak package basemap clean

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

test: test-deps check-fmt vet layering unit e2e

check-fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt: these files are not formatted:"; echo "$$out"; exit 1; fi; \
	echo "gofmt: ok"

vet:
	$(GO) vet ./...

# geo/ and data/ must not depend on Fyne.
layering:
	@bad=$$($(GO) list -deps ./geo/... ./data/... | grep '^fyne.io/' || true); \
	if [ -n "$$bad" ]; then echo "layering: geo/ or data/ depends on:"; echo "$$bad"; exit 1; fi; \
	echo "layering: geo/ and data/ are free of fyne.io"

unit:
	$(GO) test -race -count=1 ./...
	$(GO) test -count=1 -run 'TestKioskSoak' -v ./app/ | grep -E 'heap|^(ok|---|FAIL)' 

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

# package builds a Linux release archive in dist/ with fyne package (fyne.io/tools).
package: deps
	deploy/package.sh

# basemap regenerates data/basemap/districts.geojson from its npm source (needs npm).
basemap:
	data/internal/basemapgen/fetch-and-generate.sh

clean:
	rm -f $(BIN)
