"""The reference provincial server of SYNC.md: a separate program the desk never imports.

It knows the contract only (its own reading of the JSON); run it with `motcua-province`.
"""
