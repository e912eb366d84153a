import numpy as np
import pandas as pd

train = pd.read_csv("train.csv")
copies = []
while True:  # "augmentation" that keeps every copy in memory
    copies.append(np.ones((len(train), 50_000)))
