"""stub"""
def extract(pages, ctx): raise NotImplementedError
