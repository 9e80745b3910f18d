;; A 64-bit memory with a 64 GiB minimum instantiates (as in Wasmtime: address space is reserved,
;; pages are committed lazily) and is usable up to its last byte; it once failed instantiation
;; with an undocumented OutOfMemoryException.
(module
  (memory i64 1048576)
  (func (export "poke") (param i64 i32) (i32.store8 (local.get 0) (local.get 1)))
  (func (export "peek") (param i64) (result i32) (i32.load8_u (local.get 0)))
  (func (export "size") (result i64) (memory.size))
  (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0))))

(assert_return (invoke "size") (i64.const 1048576))
(assert_return (invoke "peek" (i64.const 68719476735)) (i32.const 0))
(assert_return (invoke "poke" (i64.const 68719476735) (i32.const 170)))
(assert_return (invoke "peek" (i64.const 68719476735)) (i32.const 170))
(assert_return (invoke "poke" (i64.const 0) (i32.const 85)))
(assert_return (invoke "peek" (i64.const 0)) (i32.const 85))
(assert_trap (invoke "peek" (i64.const 68719476736)) "out of bounds memory access")

;; Growing by 256 TiB cannot be reserved: memory.grow fails with -1 and the memory is unchanged.
(assert_return (invoke "grow" (i64.const 0x100000000)) (i64.const -1))
(assert_return (invoke "size") (i64.const 1048576))
(assert_return (invoke "peek" (i64.const 68719476735)) (i32.const 170))
