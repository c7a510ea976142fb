package geo

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestClusterCountsSum(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
		opt  ClusterOptions
	}{
		{"empty", 0, ClusterOptions{}},
		{"one", 1, ClusterOptions{}},
		{"thousand", 1000, ClusterOptions{}},
		{"20k", 20000, ClusterOptions{}},
		{"minpoints 5", 5000, ClusterOptions{MinPoints: 5, Radius: 60}},
		{"zooms 3-12", 5000, ClusterOptions{MinZoom: 3, MaxZoom: 12}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pts := seededPoints(tc.n, 7)
			c := NewClusterer(pts, tc.opt)
			world := orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}
			for z := c.opt.MinZoom; z <= c.opt.MaxZoom+1; z++ {
				sum := 0
				for _, cl := range c.Clusters(nil, world, float64(z)) {
					sum += cl.Count
					if cl.Count == 1 && (cl.Index < 0 || pts[cl.Index] != cl.Point) {
						t.Fatalf("zoom %d: single point %+v does not match the input", z, cl)
					}
				}
				if sum != tc.n {
					t.Errorf("zoom %d: counts sum to %d, want %d", z, sum, tc.n)
				}
			}
		})
	}
}

func TestClusterTree(t *testing.T) {
	pts := seededPoints(3000, 11)
	c := NewClusterer(pts, ClusterOptions{})
	clusters := c.Clusters(nil, ningbo.Pad(1), 8)
	if len(clusters) == 0 {
		t.Fatal("no clusters at zoom 8")
	}
	seen := make(map[int]bool)
	for _, cl := range clusters {
		if cl.Count == 1 {
			continue
		}
		t.Run("cluster", func(t *testing.T) {
			ch, err := c.Children(nil, cl.ID)
			if err != nil {
				t.Fatal(err)
			}
			sum := 0
			for _, k := range ch {
				sum += k.Count
			}
			if sum != cl.Count {
				t.Errorf("children of %d sum to %d, want %d", cl.ID, sum, cl.Count)
			}
			leaves, err := c.Leaves(nil, cl.ID, 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(leaves) != cl.Count {
				t.Errorf("%d leaves, want %d", len(leaves), cl.Count)
			}
			var cx, cy float64
			for _, l := range leaves {
				if seen[l.Index] {
					t.Errorf("point %d is a leaf of two clusters", l.Index)
				}
				seen[l.Index] = true
				x, y := Mercator(pts[l.Index])
				cx += float64(float32(x))
				cy += float64(float32(y))
			}
			wx, wy := Mercator(cl.Point)
			if math.Abs(cx/float64(len(leaves))-wx) > 1e-9 || math.Abs(cy/float64(len(leaves))-wy) > 1e-9 {
				t.Errorf("cluster centre is not the mean of its leaves")
			}
			page, _ := c.Leaves(nil, cl.ID, 2, 1)
			if want := min(2, cl.Count-1); len(page) != want || page[0] != leaves[1] {
				t.Errorf("leaves page: %v, want %d starting at %v", page, want, leaves[1])
			}
			z, err := c.ExpansionZoom(cl.ID)
			if err != nil {
				t.Fatal(err)
			}
			if z <= 8 || z > c.opt.MaxZoom+1 {
				t.Errorf("expansion zoom %d", z)
			}
		})
	}
	if _, err := c.Children(nil, 5); err == nil {
		t.Error("a point id was accepted as a cluster")
	}
	if _, err := c.ExpansionZoom(1 << 30); err == nil {
		t.Error("a bad id was accepted")
	}
}

func TestViewLevel(t *testing.T) {
	c := NewClusterer(seededPoints(10, 1), ClusterOptions{})
	for _, tc := range []struct {
		zoom, scale float64
		want        int
	}{{11, 1, 10}, {11.9, 1, 10}, {11, 2, 11}, {0.5, 1, 0}, {30, 1, 17}} {
		v := Viewport{Zoom: tc.zoom, Scale: tc.scale}
		if got := c.ViewLevel(v); got != tc.want {
			t.Errorf("ViewLevel(zoom %v, scale %v) = %d, want %d", tc.zoom, tc.scale, got, tc.want)
		}
		if tc.want > 0 && tc.want <= 16 {
			v.Zoom = c.ViewZoom(tc.want, v)
			if got := c.ViewLevel(v); got != tc.want {
				t.Errorf("ViewZoom(%d) = %v gives level %d", tc.want, v.Zoom, got)
			}
		}
	}
}
