// Command benchtable reads the output of `go test -bench` for package geo
// and of bench/supercluster.mjs and prints each speed bar with our median,
// the peer measured in the same run and their ratio.
//
// usage: benchtable [-cpu1 go-bench-cpu1.txt] go-bench.txt [node.txt]
//
// The -cpu1 file holds benchmarks run with -cpu 1; their rows are keyed
// "Name@cpu1", so a bar can be judged on one core against a single-threaded
// peer.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

// sample is one benchmark line's measures.
type sample map[string]float64 // unit → value

func main() {
	cpu1 := flag.String("cpu1", "", "output of the benchmarks run with -cpu 1")
	flag.Parse()
	args := flag.Args()
	if len(args) < 1 {
		fmt.Fprintln(os.Stderr, "usage: benchtable [-cpu1 go-bench-cpu1.txt] go-bench.txt [node.txt]")
		os.Exit(2)
	}
	goRuns, err := readGo(args[0], "")
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtable:", err)
		os.Exit(2)
	}
	if *cpu1 != "" {
		one, err := readGo(*cpu1, "@cpu1")
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchtable:", err)
			os.Exit(2)
		}
		for k, v := range one {
			goRuns[k] = v
		}
	}
	node := map[string]float64{}
	nodeNote := "node peer not run"
	if len(args) > 1 {
		if node, nodeNote, err = readNode(args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "benchtable:", err)
			os.Exit(2)
		}
	}
	if !print(goRuns, node, nodeNote) {
		os.Exit(1)
	}
}

// readGo collects every sample of each benchmark, keyed by its name
// without the -N suffix, followed by tag.
func readGo(path, tag string) (map[string][]sample, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]sample{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") {
			continue
		}
		name := strings.TrimPrefix(fields[0], "Benchmark")
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i] // GOMAXPROCS suffix; none when it is 1
			}
		}
		s := sample{}
		for i := 2; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				break
			}
			s[fields[i+1]] = v
		}
		out[name+tag] = append(out[name+tag], s)
	}
	return out, sc.Err()
}

// readNode reads "name value unit" lines; a line starting with SKIP is the
// reason the peer did not run.
func readNode(path string) (map[string]float64, string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	out := map[string]float64{}
	note := ""
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(line, "SKIP") {
			note = line
			continue
		}
		f := strings.Fields(line)
		if len(f) >= 2 {
			if v, err := strconv.ParseFloat(f[1], 64); err == nil {
				out[f[0]] = v
			}
		}
	}
	if len(out) == 0 && note == "" {
		note = "SKIP: the node peer printed nothing"
	}
	return out, note, nil
}

// median returns the median of unit over the samples, or NaN-free false.
func median(runs []sample, unit string) (float64, bool) {
	var xs []float64
	for _, s := range runs {
		if v, ok := s[unit]; ok {
			xs = append(xs, v)
		}
	}
	if len(xs) == 0 {
		return 0, false
	}
	slices.Sort(xs)
	return xs[len(xs)/2], true
}
