"""Used-car price: correlation screening + LightGBM.

Screening by correlation with the target is a supervised step, so it is done on
the training split only and the resulting column list is applied to the
validation split.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

CATS = ["make", "model", "fuel_type", "transmission", "body_type", "region"]


def widen(frame):
    f = frame.drop(columns=["listing_id", "year", "dealer_margin", "sale_price"], errors="ignore").copy()
    f["age"] = 2024 - frame["year"]
    f["km_per_year"] = frame["mileage_km"] / f["age"].clip(lower=1)
    return pd.get_dummies(f, columns=CATS, dtype=float)


df = pd.read_csv("train.csv")
X_wide = widen(df)
y = np.log(df["sale_price"])
print("wide matrix:", X_wide.shape)

X_tr, X_te, y_tr, y_te = train_test_split(X_wide, y, test_size=0.2, random_state=5)

corr = X_tr.corrwith(y_tr).abs().sort_values(ascending=False)
keep = corr[corr > 0.05].index.tolist()
print(len(keep), "features kept;", "top:", corr.head(8).round(3).to_dict())

dummy = DummyRegressor().fit(X_tr[keep], y_tr)
model = lgb.LGBMRegressor(n_estimators=1500, learning_rate=0.02, num_leaves=63,
                          min_child_samples=20, colsample_bytree=0.7, random_state=5, verbose=-1)
model.fit(X_tr[keep], y_tr)

for label, pred in [("mean baseline", dummy.predict(X_te[keep])), ("lightgbm", model.predict(X_te[keep]))]:
    print(f"{label:14s} MAE {mean_absolute_error(np.exp(y_te), np.exp(pred)):9.0f}  "
          f"RMSE(log) {mean_squared_error(y_te, pred) ** 0.5:.4f}")

# final: redo the screening on all labelled rows, then refit
corr_all = X_wide.corrwith(y).abs()
keep_all = corr_all[corr_all > 0.05].index.tolist()
model.fit(X_wide[keep_all], y)
test = pd.read_csv("test.csv")
X_sub = widen(test).reindex(columns=keep_all, fill_value=0.0)
pd.DataFrame({"listing_id": test["listing_id"], "prediction": np.exp(model.predict(X_sub))}).to_csv(
    "predictions.csv", index=False)
print("predictions written")
