"""Promotion uplift per store: random forest on one-hot promo attributes.

One-hot encoding with pd.get_dummies is row-wise, so it is done once on the full
frame before the split. Hold-out: 25% of promotions. Baseline: DummyRegressor(median).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("train.csv")

df["log_base_units"] = np.log1p(df["baseline_units_8w"])
df["discount_bucket"] = pd.cut(df["discount_pct"], bins=[0, 10, 20, 30, 40, 100],
                               labels=["<10", "10-20", "20-30", "30-40", "40+"])
df["both_media"] = (df["display_flag"] & df["flyer_flag"]).astype(int)
df["planned_spend_per_day"] = df["promo_spend_planned"] / df["duration_days"]

cat = ["item_category", "region", "discount_bucket"]
num = ["discount_pct", "display_flag", "flyer_flag", "both_media", "duration_days", "log_base_units",
       "price_elasticity_est", "store_size", "promo_spend_planned", "planned_spend_per_day"]
X = pd.concat([df[num], pd.get_dummies(df[cat], dtype=float)], axis=1)
y = df["uplift"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=0)

rf = RandomForestRegressor(n_estimators=600, min_samples_leaf=4, max_features=0.5,
                           n_jobs=-1, random_state=0)
rf.fit(X_tr, y_tr)
dummy = DummyRegressor(strategy="median").fit(X_tr, y_tr)

for name, est in [("random forest", rf), ("dummy median", dummy)]:
    p = est.predict(X_te)
    print(f"{name:14s} MAE={mean_absolute_error(y_te, p):.4f} "
          f"RMSE={mean_squared_error(y_te, p) ** 0.5:.4f}")

top = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False).head(10)
print(top.round(3))
