import Kernel
print("smpscope: the observatory arrives in a later issue")
