# House prices: gradient boosting, neighbourhood target encoding fitted on the
# training split only (smoothed), compared against predicting the mean price.
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_squared_error, r2_score

RANDOM_STATE = 7

data = pd.read_csv("train.csv")
data = data.drop(columns=["PoolQC", "MiscFeature", "Alley", "Fence", "FireplaceQu"])
data["LogPrice"] = np.log1p(data["SalePrice"])
data = data.drop(columns="SalePrice")

# simple row-wise features
data["TotalSF"] = data["TotalBsmtSF"].fillna(0) + data["1stFlrSF"] + data["2ndFlrSF"]
data["HouseAge"] = data["YrSold"] - data["YearBuilt"]
data["Baths"] = data["FullBath"] + 0.5 * data["HalfBath"]
data["LotFrontage"] = data["LotFrontage"].fillna(0)
data["GarageCars"] = data["GarageCars"].fillna(0)

train_df, valid_df = train_test_split(data, test_size=0.2, random_state=RANDOM_STATE)
train_df = train_df.copy()
valid_df = valid_df.copy()


def fit_target_encoding(frame, col, target, m=10):
    """smoothed mean encoding, learned on `frame` only"""
    global_mean = frame[target].mean()
    stats = frame.groupby(col)[target].agg(["mean", "count"])
    smooth = (stats["count"] * stats["mean"] + m * global_mean) / (stats["count"] + m)
    return smooth, global_mean


for col in ["Neighborhood", "MSZoning", "HouseStyle"]:
    enc, gmean = fit_target_encoding(train_df, col, "LogPrice")
    train_df[col + "_te"] = train_df[col].map(enc)
    valid_df[col + "_te"] = valid_df[col].map(enc).fillna(gmean)

features = ["OverallQual", "GrLivArea", "TotalSF", "HouseAge", "Baths", "GarageCars",
            "LotArea", "LotFrontage", "OverallCond", "Fireplaces",
            "Neighborhood_te", "MSZoning_te", "HouseStyle_te"]

Xtr, ytr = train_df[features], train_df["LogPrice"]
Xva, yva = valid_df[features], valid_df["LogPrice"]

# baseline: always predict the training mean
baseline_pred = np.full(len(yva), ytr.mean())
print("mean-price baseline RMSE: %.4f" % np.sqrt(mean_squared_error(yva, baseline_pred)))

hgb = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=RANDOM_STATE)
hgb.fit(Xtr, ytr)
p_hgb = hgb.predict(Xva)
print("hgb RMSE: %.4f  R2: %.3f" % (np.sqrt(mean_squared_error(yva, p_hgb)), r2_score(yva, p_hgb)))

# residuals by neighbourhood, to see where we are worst
res = valid_df.assign(res=yva - p_hgb).groupby("Neighborhood")["res"].agg(["mean", "count"])
print(res.sort_values("mean").head(10))
