package vtile

import "container/list"

// key is a tile's zoom, column and row in one number.
type key uint64

func mkKey(z, x, y int) key { return key(uint64(z)<<58 | uint64(x)<<29 | uint64(y)) }

func (k key) zxy() (z, x, y int) {
	return int(k >> 58), int(k >> 29 & (1<<29 - 1)), int(k & (1<<29 - 1))
}

// lru is a cache capped in bytes that drops what was used longest ago.
// Pinned entries are kept, and counted, outside the cap. Not safe for
// concurrent use: the Source's lock guards it.
type lru[V any] struct {
	max    int64
	items  map[key]*item[V]
	order  list.List // of key, front: most recently used; pinned entries are not in it
	bytes  int64     // of the entries in order
	pinned int64     // of the pinned entries
}

type item[V any] struct {
	v      V
	size   int64
	elem   *list.Element // nil when pinned
	pinned bool
}

func newLRU[V any](max int64) *lru[V] {
	c := &lru[V]{max: max, items: map[key]*item[V]{}}
	c.order.Init()
	return c
}

// get returns the value at k and marks it used.
func (c *lru[V]) get(k key) (V, bool) {
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

// put stores v at k, replacing what was there, and drops the entries used
// longest ago while the cache is over its cap. It returns how many were
// dropped.
func (c *lru[V]) put(k key, v V, size int64, pinned bool) int {
	c.remove(k)
	it := &item[V]{v: v, size: size, pinned: pinned}
	c.items[k] = it
	if pinned {
		c.pinned += size
		return 0
	}
	it.elem = c.order.PushFront(k)
	c.bytes += size
	dropped := 0
	for c.bytes > c.max && c.order.Len() > 1 {
		old := c.order.Back()
		c.remove(old.Value.(key))
		dropped++
	}
	return dropped
}

// remove drops the entry at k, if any.
func (c *lru[V]) remove(k key) {
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

// clear drops every entry, pinned ones too.
func (c *lru[V]) clear() {
	clear(c.items)
	c.order.Init()
	c.bytes, c.pinned = 0, 0
}
