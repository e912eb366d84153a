import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv")
train, test = train_test_split(df, test_size=0.2, random_state=8)
train, test = train.copy(), test.copy()


def oof_encode(tr, col, target, n_splits=5, smoothing=20):
    global_mean = tr[target].mean()
    enc = pd.Series(np.nan, index=tr.index)
    for fit_idx, enc_idx in KFold(n_splits, shuffle=True, random_state=0).split(tr):
        part = tr.iloc[fit_idx]
        stats = part.groupby(col)[target].agg(["mean", "count"])
        smooth = (stats["mean"] * stats["count"] + global_mean * smoothing) / (stats["count"] + smoothing)
        enc.iloc[enc_idx] = tr[col].iloc[enc_idx].map(smooth).fillna(global_mean).values
    return enc


train["nbhd_te"] = oof_encode(train, "neighborhood", "sale_price")
full_stats = train.groupby("neighborhood")["sale_price"].mean()
test["nbhd_te"] = test["neighborhood"].map(full_stats).fillna(train["sale_price"].mean())

feats = ["sqft", "bedrooms", "bathrooms", "year_built", "nbhd_te"]
gbr = GradientBoostingRegressor(random_state=8).fit(train[feats], train["sale_price"])
dummy = DummyRegressor().fit(train[feats], train["sale_price"])
print("baseline", mean_absolute_error(test["sale_price"], dummy.predict(test[feats])))
print("gbr", mean_absolute_error(test["sale_price"], gbr.predict(test[feats])))
