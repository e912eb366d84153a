# weekly demand - new product launches
# validation: time cutoff, evaluated on products launched after the cutoff (like test.csv)
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

TIME, TARGET, ID, PRODUCT = "week_start", "units_sold", "row_id", "product_id"

raw = pd.read_csv("train.csv", parse_dates=[TIME])
raw_test = pd.read_csv("test.csv", parse_dates=[TIME])

print(raw.isna().mean().sort_values(ascending=False).head())
# stock_on_hand has gaps when the warehouse feed was down


def build(df):
    df = df.sort_values([PRODUCT, TIME]).copy()
    g = df.groupby(PRODUCT)
    # fill stock gaps from the next available reading
    df["stock_on_hand"] = g["stock_on_hand"].bfill()
    # price relative to the product's regular price
    df["regular_price"] = g["price"].transform("median")
    df["price_index"] = df["price"] / df["regular_price"]
    df["max_discount_seen"] = g["discount_pct"].transform("max")
    df["age_weeks"] = g.cumcount()
    df["woy"] = df[TIME].dt.isocalendar().week.astype(int)
    df["is_q4"] = (df[TIME].dt.quarter == 4).astype(int)
    df["category"] = df["category"].astype("category")
    return df


data = build(raw)
test = build(raw_test)
test["category"] = pd.Categorical(test["category"], categories=data["category"].cat.categories)

FEATS = ["price", "price_index", "regular_price", "max_discount_seen", "promo_flag",
         "discount_pct", "display_feature", "stock_on_hand", "holiday_week",
         "age_weeks", "woy", "is_q4", "category"]

cut = pd.Timestamp("2024-04-01")
trn = data[data[TIME] < cut]
val = data[(data[TIME] >= cut) & ~data[PRODUCT].isin(trn[PRODUCT].unique())]
print("train", trn.shape, "val", val.shape)

params = dict(objective="poisson", learning_rate=0.03, num_leaves=31, min_child_samples=40,
              feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1, verbose=-1)
booster = lgb.train(params, lgb.Dataset(trn[FEATS], trn[TARGET]), num_boost_round=700)

pred = booster.predict(val[FEATS])
naive = np.full(len(val), trn[TARGET].median())
print("median baseline MAE %.3f RMSE %.3f" % (mean_absolute_error(val[TARGET], naive),
                                              np.sqrt(mean_squared_error(val[TARGET], naive))))
print("lgb poisson     MAE %.3f RMSE %.3f" % (mean_absolute_error(val[TARGET], pred),
                                              np.sqrt(mean_squared_error(val[TARGET], pred))))

by_cat = val.assign(err=np.abs(val[TARGET] - pred)).groupby("category", observed=True)["err"].mean()
print(by_cat.sort_values())

final = lgb.train(params, lgb.Dataset(data[FEATS], data[TARGET]), num_boost_round=700)
pd.DataFrame({ID: test[ID], "prediction": final.predict(test[FEATS])}).to_csv("predictions.csv", index=False)
