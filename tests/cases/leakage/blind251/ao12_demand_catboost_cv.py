#!/usr/bin/env python
"""demand forecast - catboost, quick version (time box is tight)

usage: python ao12_demand_catboost_cv.py   (expects train.csv / test.csv in cwd)
"""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor
from sklearn.model_selection import TimeSeriesSplit

CATS = ["store_id", "item_id", "category", "store_type"]


def add_feats(d):
    d = d.sort_values(["store_id", "item_id", "week_start"]).copy()
    g = d.groupby(["store_id", "item_id"])["units_sold"]
    d["lag8"] = g.shift(8)
    d["lag13"] = g.shift(13)
    d["lag52"] = g.shift(52)
    d["avg8"] = g.transform(lambda s: s.shift(8).rolling(8, min_periods=1).mean())
    d["woy"] = d["week_start"].dt.isocalendar().week.astype(int)
    d["disc"] = 1 - d["price"] / d["base_price"]
    d[CATS] = d[CATS].astype(str)
    return d


tr = pd.read_csv("train.csv", parse_dates=["week_start"])
te = pd.read_csv("test.csv", parse_dates=["week_start"])
print(tr.shape, te.shape)
print(tr[["units_sold", "price", "promo_flag"]].describe())

both = add_feats(pd.concat([tr, te], ignore_index=True))
X_cols = CATS + ["store_size_sqft", "price", "disc", "promo_flag", "display_flag", "holiday_week",
                 "temp_avg_c", "woy", "lag8", "lag13", "lag52", "avg8"]

lab = both[both["units_sold"].notna()]
unl = both[both["units_sold"].isna()]


def make_model(verbose=0):
    return CatBoostRegressor(iterations=2000, depth=8, learning_rate=0.05,
                             loss_function="Tweedie:variance_power=1.3", eval_metric="RMSE",
                             random_seed=0, verbose=verbose)


# rolling-origin CV over *weeks*: each fold validates on the 8 weeks after its training window
weeks = np.sort(lab["week_start"].unique())
tss = TimeSeriesSplit(n_splits=4, test_size=8)
rows = []
for k, (w_tr, w_va) in enumerate(tss.split(weeks)):
    f_tr = lab[lab["week_start"].isin(weeks[w_tr])]
    f_va = lab[lab["week_start"].isin(weeks[w_va])]
    m = make_model()
    m.fit(f_tr[X_cols], f_tr["units_sold"], cat_features=CATS)
    p = np.clip(m.predict(f_va[X_cols]), 0, None)
    y = f_va["units_sold"].values
    # baseline: per-series mean of the fold's training weeks
    mu = f_tr.groupby(["store_id", "item_id"])["units_sold"].mean().rename("mu")
    b = f_va.join(mu, on=["store_id", "item_id"])["mu"].fillna(f_tr["units_sold"].mean()).values
    rows.append({"fold": k, "va_from": str(weeks[w_va][0])[:10],
                 "rmse": np.sqrt(np.mean((y - p) ** 2)), "mae": np.mean(np.abs(y - p)),
                 "base_rmse": np.sqrt(np.mean((y - b) ** 2)), "base_mae": np.mean(np.abs(y - b))})
    print(rows[-1])

cv = pd.DataFrame(rows)
print(cv)
print(cv[["rmse", "mae", "base_rmse", "base_mae"]].mean())

# final model on every labelled week for the submission
model = make_model(verbose=500)
model.fit(lab[X_cols], lab["units_sold"], cat_features=CATS)
fi = pd.Series(model.get_feature_importance(), index=X_cols).sort_values(ascending=False)
print(fi)

unl = unl.assign(prediction=np.clip(model.predict(unl[X_cols]), 0, None))
unl[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved predictions.csv", len(unl))
