;; Compiled code precomputes a bounds limit (length - offset - size) only for the extents it
;; accesses inside loops; the others compare address + extent with the length
;; (MemoryAddressing.DeclareLocals). Both must see the memory grow through a call, and trap exactly
;; at the end of memory, whatever the offset.

(module
  (memory 1 3)
  (func $grow (param i32) (result i32) (memory.grow (local.get 0)))

  ;; Loop-free: accesses at several offsets, before and after a callee grows the memory.
  (func (export "straight") (param $address i32) (param $pages i32) (result i32)
    (local $sum i32)
    (local.set $sum (i32.load offset=4 (local.get $address)))
    (drop (call $grow (local.get $pages)))
    (i32.store offset=65536 (local.get $address) (i32.const 7))
    (i64.store offset=65540 (local.get $address) (i64.const 9))
    (i32.add (local.get $sum)
      (i32.add (i32.load offset=65536 (local.get $address))
               (i32.wrap_i64 (i64.load offset=65540 (local.get $address))))))

  ;; The same extents inside a loop, which gets limits.
  (func (export "looped") (param $address i32) (param $count i32) (result i32)
    (local $sum i32)
    (loop $next
      (i32.store offset=65536 (local.get $address) (local.get $count))
      (local.set $sum (i32.add (local.get $sum) (i32.load offset=65536 (local.get $address))))
      (local.set $address (i32.add (local.get $address) (i32.const 4)))
      (br_if $next (local.tee $count (i32.sub (local.get $count) (i32.const 1)))))
    (local.get $sum))

  (func (export "load8") (param i32) (result i32) (i32.load8_u offset=3 (local.get 0)))
  (func (export "size") (result i32) (memory.size)))

;; One page: offset 65536 is out of bounds until the memory grows.
(assert_trap (invoke "looped" (i32.const 0) (i32.const 1)) "out of bounds memory access")
(assert_return (invoke "load8" (i32.const 65532)) (i32.const 0))
(assert_trap (invoke "load8" (i32.const 65533)) "out of bounds memory access")
;; Grows to 2 pages in the call, then the accesses past the first page succeed.
(assert_return (invoke "straight" (i32.const 0) (i32.const 1)) (i32.const 16))
(assert_return (invoke "size") (i32.const 2))
(assert_return (invoke "looped" (i32.const 65520) (i32.const 4)) (i32.const 10))
(assert_trap (invoke "looped" (i32.const 65524) (i32.const 4)) "out of bounds memory access")
;; The last 12 bytes of page 2 hold the i32 and the i64: 131072 - 65536 - 12.
(assert_return (invoke "straight" (i32.const 65524) (i32.const 0)) (i32.const 16))
(assert_trap (invoke "straight" (i32.const 65525) (i32.const 0)) "out of bounds memory access")
;; Growing past the maximum fails (-1) and leaves the accesses failing as before.
(assert_trap (invoke "straight" (i32.const 131060) (i32.const 5)) "out of bounds memory access")
(assert_return (invoke "size") (i32.const 2))
