// Command pngdiff compares two PNG pictures, or says whether one picture has something
// drawn in it. The release checks use it to compare the Windows build's pictures (run
// under Wine) with the Linux build's, and to tell a drawn map from a blank screen.
//
//	pngdiff [-tol 24] [-max 0.002] A.png B.png   exit 1 if more than max of the pixels differ
//	pngdiff -drawn [-min-colours 64] FILE.png    exit 1 if FILE looks blank
//
// A pixel differs when one of its channels differs by more than tol (out of 255): text
// drawn by another font rasteriser moves a few edge pixels, a missing label or a wrong
// language moves thousands: the Windows build drawing its buttons and panel titles in
// English inside a Chinese picture differed in 0.85% of a 1920x1080 picture's pixels,
// the fixed build in none, hence the default limit of 0.2%.
package main

import (
	"flag"
	"fmt"
	"image"
	_ "image/png"
	"os"

	"ningbomap/internal/pngdiff"
)

func main() {
	tol := flag.Int("tol", 24, "largest channel difference (0-255) of pixels counted as equal")
	maxFrac := flag.Float64("max", 0.002, "largest fraction of differing pixels accepted")
	drawn := flag.Bool("drawn", false, "check that one picture is not blank instead of comparing two")
	minColours := flag.Int("min-colours", 64, "-drawn: fewest distinct colours of a drawn picture")
	flag.Parse()
	switch {
	case *drawn && flag.NArg() == 1:
		os.Exit(checkDrawn(flag.Arg(0), *minColours))
	case !*drawn && flag.NArg() == 2:
		os.Exit(compare(flag.Arg(0), flag.Arg(1), *tol, *maxFrac))
	}
	fmt.Fprintln(os.Stderr, "usage: pngdiff [-tol N] [-max F] A.png B.png | pngdiff -drawn FILE.png")
	os.Exit(2)
}

func compare(pathA, pathB string, tol int, maxFrac float64) int {
	a, err := load(pathA)
	if err != nil {
		return fail(err)
	}
	b, err := load(pathB)
	if err != nil {
		return fail(err)
	}
	r := pngdiff.Compare(a, b, tol)
	fmt.Printf("%s vs %s: %dx%d, %d of %d pixels differ (%.3f%%), mean channel difference %.2f\n",
		pathA, pathB, a.Bounds().Dx(), a.Bounds().Dy(), r.Differ, r.Total, 100*r.Fraction(), r.Mean)
	if r.SizeMismatch {
		fmt.Printf("sizes differ: %v vs %v\n", a.Bounds().Size(), b.Bounds().Size())
		return 1
	}
	if r.Fraction() > maxFrac {
		fmt.Printf("too different: more than %.3f%% of the pixels\n", 100*maxFrac)
		return 1
	}
	return 0
}

func checkDrawn(path string, minColours int) int {
	img, err := load(path)
	if err != nil {
		return fail(err)
	}
	s := pngdiff.Stats(img)
	fmt.Printf("%s: %dx%d, %d distinct colours, the commonest covers %.1f%%\n",
		path, img.Bounds().Dx(), img.Bounds().Dy(), s.Colours, 100*s.Dominant)
	if s.Colours < minColours || s.Dominant > 0.9 {
		fmt.Println("looks blank")
		return 1
	}
	return 0
}

func load(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return img, nil
}

func fail(err error) int {
	fmt.Fprintln(os.Stderr, "pngdiff:", err)
	return 2
}
