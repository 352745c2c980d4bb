print("lorash")
