// Package tilecache holds map tiles by their zoom, column and row in a cache
// capped in bytes that drops what was used longest ago, with pinned entries
// (a map's stand-ins) that are never dropped: the caches of the raster
// tiles' tiles.Source and of the drawn and prepared vector tiles' vtile.Source.
package tilecache

import "container/list"

// Key is a tile's zoom, column and row in one number (zoom at most 63,
// column and row below 2^29).
type Key uint64

// KeyOf returns the key of tile z/x/y.
func KeyOf(z, x, y int) Key { return Key(uint64(z)<<58 | uint64(x)<<29 | uint64(y)) }

// ZXY returns the tile's zoom, column and row.
func (k Key) ZXY() (z, x, y int) {
	return int(k >> 58), int(k >> 29 & (1<<29 - 1)), int(k & (1<<29 - 1))
}

// LRU is a cache capped in bytes that drops what was used longest ago.
// Pinned entries are never dropped; whether their bytes count against the
// cap is New's choice. Not safe for concurrent use: its owner's lock guards
// it.
type LRU[V any] struct {
	max         int64
	pinnedInCap bool
	items       map[Key]*item[V]
	order       list.List // of Key, front: most recently used; pinned entries are not in it
	bytes       int64     // of the entries in order
	pinned      int64     // of the pinned entries
}

type item[V any] struct {
	v      V
	size   int64
	elem   *list.Element // nil when pinned
	pinned bool
}

// New returns an empty cache of at most max bytes of unpinned entries, or,
// with pinnedInCap, of unpinned and pinned entries together (the pinned
// ones still stay: only unpinned ones are dropped to make room). The entry
// used last is kept even when it alone is over the cap.
func New[V any](max int64, pinnedInCap bool) *LRU[V] {
	c := &LRU[V]{max: max, pinnedInCap: pinnedInCap, items: map[Key]*item[V]{}}
	c.order.Init()
	return c
}

// Get returns the value at k and marks it used.
func (c *LRU[V]) Get(k Key) (V, bool) {
	it, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	if it.elem != nil {
		c.order.MoveToFront(it.elem)
	}
	return it.v, true
}

// Has reports whether k is cached, without marking it used.
func (c *LRU[V]) Has(k Key) bool {
	_, ok := c.items[k]
	return ok
}

// Put stores v of size bytes at k, replacing what was there, and drops the
// entries used longest ago while the cache is over its cap. It returns how
// many were dropped.
func (c *LRU[V]) Put(k Key, v V, size int64, pinned bool) int {
	c.Remove(k)
	it := &item[V]{v: v, size: size, pinned: pinned}
	c.items[k] = it
	if pinned {
		c.pinned += size
		return 0
	}
	it.elem = c.order.PushFront(k)
	c.bytes += size
	dropped := 0
	for c.over() && c.order.Len() > 1 {
		c.Remove(c.order.Back().Value.(Key))
		dropped++
	}
	return dropped
}

func (c *LRU[V]) over() bool {
	if c.pinnedInCap {
		return c.bytes+c.pinned > c.max
	}
	return c.bytes > c.max
}

// Remove drops the entry at k, if any.
func (c *LRU[V]) Remove(k Key) {
	it, ok := c.items[k]
	if !ok {
		return
	}
	if it.pinned {
		c.pinned -= it.size
	} else {
		c.order.Remove(it.elem)
		c.bytes -= it.size
	}
	delete(c.items, k)
}

// Clear drops every entry, pinned ones too.
func (c *LRU[V]) Clear() {
	clear(c.items)
	c.order.Init()
	c.bytes, c.pinned = 0, 0
}

// Bytes returns the size of the unpinned entries held.
func (c *LRU[V]) Bytes() int64 { return c.bytes }

// Pinned returns the size of the pinned entries held.
func (c *LRU[V]) Pinned() int64 { return c.pinned }
