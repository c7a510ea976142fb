package tilecache

import (
	"slices"
	"testing"
)

func TestKey(t *testing.T) {
	for _, tc := range []struct{ z, x, y int }{
		{0, 0, 0},
		{14, 13714, 6776},
		{28, 1<<28 - 1, 1<<28 - 1},
	} {
		z, x, y := KeyOf(tc.z, tc.x, tc.y).ZXY()
		if z != tc.z || x != tc.x || y != tc.y {
			t.Errorf("KeyOf(%d, %d, %d).ZXY() = %d, %d, %d", tc.z, tc.x, tc.y, z, x, y)
		}
	}
	if KeyOf(1, 0, 1) == KeyOf(1, 1, 0) || KeyOf(2, 0, 0) == KeyOf(1, 0, 0) {
		t.Error("two tiles share a key")
	}
}

// op is one step of a TestLRU case: put (with size and pinned), get or has.
type op struct {
	do     string
	k      Key
	size   int64
	pinned bool
}

func TestLRU(t *testing.T) {
	put := func(k Key, size int64) op { return op{do: "put", k: k, size: size} }
	pin := func(k Key, size int64) op { return op{do: "put", k: k, size: size, pinned: true} }
	get := func(k Key) op { return op{do: "get", k: k} }
	has := func(k Key) op { return op{do: "has", k: k} }
	for _, tc := range []struct {
		name          string
		max           int64
		pinnedInCap   bool
		ops           []op
		dropped       int // by the puts, in all
		kept          []Key
		bytes, pinned int64
	}{
		{"under the cap", 30, false, []op{put(1, 10), put(2, 10), put(3, 10)}, 0, []Key{1, 2, 3}, 30, 0},
		{"least recently used goes", 30, false, []op{put(1, 10), put(2, 10), put(3, 10), get(1), put(4, 10)}, 1, []Key{1, 3, 4}, 30, 0},
		{"has does not mark used", 20, false, []op{put(1, 10), put(2, 10), has(1), put(3, 10)}, 1, []Key{2, 3}, 20, 0},
		{"the last one stays over the cap", 5, false, []op{put(1, 10), put(2, 10)}, 1, []Key{2}, 10, 0},
		{"replacing does not count twice", 30, false, []op{put(1, 10), put(1, 20)}, 0, []Key{1}, 20, 0},
		{"pinned outside the cap", 20, false, []op{pin(9, 100), put(1, 10), put(2, 10)}, 0, []Key{1, 2, 9}, 20, 100},
		{"pinned inside the cap", 115, true, []op{pin(9, 100), put(1, 10), put(2, 10)}, 1, []Key{2, 9}, 10, 100},
		{"pinned never dropped", 5, true, []op{pin(9, 100), put(1, 10), put(2, 10)}, 1, []Key{2, 9}, 10, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := New[string](tc.max, tc.pinnedInCap)
			dropped := 0
			for _, o := range tc.ops {
				switch o.do {
				case "put":
					dropped += c.Put(o.k, "v", o.size, o.pinned)
				case "get":
					if _, ok := c.Get(o.k); !ok {
						t.Fatalf("get %d: missing", o.k)
					}
				case "has":
					if !c.Has(o.k) {
						t.Fatalf("has %d: missing", o.k)
					}
				}
			}
			var kept []Key
			for k := range Key(10) {
				if c.Has(k) {
					kept = append(kept, k)
				}
			}
			if !slices.Equal(kept, tc.kept) || dropped != tc.dropped {
				t.Errorf("kept %v, %d dropped; want %v, %d", kept, dropped, tc.kept, tc.dropped)
			}
			if c.Bytes() != tc.bytes || c.Pinned() != tc.pinned {
				t.Errorf("%d bytes, %d pinned; want %d, %d", c.Bytes(), c.Pinned(), tc.bytes, tc.pinned)
			}
			c.Clear()
			if c.Bytes() != 0 || c.Pinned() != 0 || c.Has(tc.kept[0]) {
				t.Error("Clear kept something")
			}
		})
	}
}
