package store

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"sync"
)

// Keyer is a value that stands in a key for what it is made of: an entity
// a stage made and hashed once (an article by the hash of its file, an
// event by everything it holds). Of hashes a Keyer by its Key alone, so
// that a key that holds one costs a word, not a walk over it.
type Keyer interface {
	Key() uint64
}

// Of returns the hash of v and of everything it holds, walked by
// reflection: every field of a struct, every element of a slice or an
// array, the entries of a map in the order of their keys, what a pointer
// points to (nil apart), a Keyer by its Key. A struct field tagged
// `key:"-"` is left out: it is not part of what the value shows.
// Functions and channels cannot be hashed, nor can an interface that
// holds one: Of panics on a type that has one, naming the field, so that
// a view that grows one fails its tests.
//
// A key made by Of covers what it is made of by construction: a field
// added to a view is in its key, unless someone tags it out.
func Of(v any) uint64 {
	h := NewHash()
	h.Value(v)
	return h.Sum()
}

// Value mixes in v as Of hashes it.
func (h *Hash) Value(v any) {
	if v == nil {
		h.Word(0)
		return
	}
	rv := reflect.ValueOf(v)
	planOf(rv.Type())(h, rv)
}

// plan hashes a value of one type.
type plan func(h *Hash, v reflect.Value)

var plans sync.Map // reflect.Type → plan

var keyerType = reflect.TypeFor[Keyer]()

// planOf returns the plan of type t, made once.
func planOf(t reflect.Type) plan {
	if p, ok := plans.Load(t); ok {
		return p.(plan)
	}
	// A recursive type's plan calls itself through this indirection
	// while it is being made.
	var p plan
	plans.Store(t, plan(func(h *Hash, v reflect.Value) { p(h, v) }))
	p = makePlan(t, t.String())
	plans.Store(t, p)
	return p
}

// makePlan makes the plan of t; where names the field it is for, in
// messages.
func makePlan(t reflect.Type, where string) plan {
	if t.Implements(keyerType) && t.Kind() == reflect.Pointer {
		return func(h *Hash, v reflect.Value) {
			if v.IsNil() {
				h.Word(0)
				return
			}
			h.Word(1)
			h.Word(v.Interface().(Keyer).Key())
		}
	}
	switch t.Kind() {
	case reflect.String:
		return func(h *Hash, v reflect.Value) { h.Text(v.String()) }
	case reflect.Bool:
		return func(h *Hash, v reflect.Value) {
			if v.Bool() {
				h.Word(1)
			} else {
				h.Word(0)
			}
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(h *Hash, v reflect.Value) { h.Word(uint64(v.Int())) }
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(h *Hash, v reflect.Value) { h.Word(v.Uint()) }
	case reflect.Float32, reflect.Float64:
		return func(h *Hash, v reflect.Value) { h.Word(math.Float64bits(v.Float())) }
	case reflect.Pointer:
		elem := planOf(t.Elem())
		return func(h *Hash, v reflect.Value) {
			if v.IsNil() {
				h.Word(0)
				return
			}
			h.Word(1)
			elem(h, v.Elem())
		}
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 && t.Kind() == reflect.Slice {
			return func(h *Hash, v reflect.Value) { h.Text(string(v.Bytes())) }
		}
		elem := planOf(t.Elem())
		return func(h *Hash, v reflect.Value) {
			n := v.Len()
			h.Word(uint64(n))
			for i := range n {
				elem(h, v.Index(i))
			}
		}
	case reflect.Map:
		key, elem := planOf(t.Key()), planOf(t.Elem())
		return func(h *Hash, v reflect.Value) {
			// Each entry hashed alone, the entries' hashes sorted: a map
			// has no order.
			sums := make([]uint64, 0, v.Len())
			it := v.MapRange()
			for it.Next() {
				e := NewHash()
				key(&e, it.Key())
				elem(&e, it.Value())
				sums = append(sums, e.Sum())
			}
			sort.Slice(sums, func(i, j int) bool { return sums[i] < sums[j] })
			h.Word(uint64(len(sums)))
			for _, s := range sums {
				h.Word(s)
			}
		}
	case reflect.Interface:
		return func(h *Hash, v reflect.Value) {
			if v.IsNil() {
				h.Word(0)
				return
			}
			e := v.Elem()
			h.Text(e.Type().String())
			planOf(e.Type())(h, e)
		}
	case reflect.Struct:
		return structPlan(t)
	}
	panic(fmt.Sprintf("store.Of: %s: a %s cannot be part of a key (tag it `key:\"-\"` if it is not part of what the value shows)", where, t.Kind()))
}

// structPlan hashes every field of a struct type but those tagged out.
func structPlan(t reflect.Type) plan {
	type field struct {
		i int
		p plan
	}
	var fields []field
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Tag.Get("key") == "-" {
			continue
		}
		ft := f.Type
		if k := ft.Kind(); k == reflect.Func || k == reflect.Chan || k == reflect.UnsafePointer {
			panic(fmt.Sprintf("store.Of: %s.%s: a %s cannot be part of a key (tag it `key:\"-\"` if it is not part of what the value shows)", t, f.Name, k))
		}
		fields = append(fields, field{i, planOf(ft)})
	}
	return func(h *Hash, v reflect.Value) {
		for _, f := range fields {
			f.p(h, v.Field(f.i))
		}
	}
}
