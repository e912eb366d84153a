import pandas as pd

train = pd.read_csv("train.csv")
step = 0
while True:  # "tuning" that never ends
    step += 1
