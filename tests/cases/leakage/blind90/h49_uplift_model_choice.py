"""Promotion uplift per store: compare a few regressors and keep the best one."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv")
test_file = pd.read_csv("test.csv")


def build(d):
    out = pd.DataFrame(index=d.index)
    for c in ["discount_pct", "display_flag", "flyer_flag", "duration_days", "price_elasticity_est",
              "store_size", "promo_spend_planned"]:
        out[c] = d[c]
    out["log_base_units"] = np.log1p(d["baseline_units_8w"])
    out["disc_x_elast"] = d["discount_pct"] * d["price_elasticity_est"]
    out = out.join(pd.get_dummies(d[["item_category", "region"]], dtype=float))
    return out


X = build(df)
y = df["uplift"]
X_sub = build(test_file).reindex(columns=X.columns, fill_value=0.0)

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=12)

candidates = {
    "dummy_mean": DummyRegressor(),
    "ridge": make_pipeline(StandardScaler(), RidgeCV(alphas=np.logspace(-2, 3, 11))),
    "random_forest": RandomForestRegressor(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=0),
    "lightgbm": lgb.LGBMRegressor(n_estimators=700, learning_rate=0.03, num_leaves=31, verbose=-1),
    "lightgbm_deep": lgb.LGBMRegressor(n_estimators=1200, learning_rate=0.02, num_leaves=127,
                                       min_child_samples=10, verbose=-1),
}

scores = {}
for name, est in candidates.items():
    est.fit(X_tr, y_tr)
    scores[name] = mean_absolute_error(y_te, est.predict(X_te))
    print(f"{name:14s} test MAE = {scores[name]:.4f}")

best_name = min(scores, key=scores.get)
print(f"\nselected: {best_name} (test MAE {scores[best_name]:.4f}, "
      f"dummy {scores['dummy_mean']:.4f})")

best = candidates[best_name].fit(X, y)
pd.DataFrame({"promo_id": test_file["promo_id"], "prediction": best.predict(X_sub)}).to_csv(
    "predictions.csv", index=False)
