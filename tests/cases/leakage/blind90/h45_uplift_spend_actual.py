"""Promotion uplift per store: LightGBM regression with promo-intensity features.

Uplift is driven by how hard the promotion was pushed, so spend and discount depth
are the core features. Hold-out: 20% of promotions. Baseline: mean uplift.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("train.csv")

df["spend_per_day"] = df["promo_spend_actual"] / df["duration_days"]
df["spend_overrun"] = df["promo_spend_actual"] / df["promo_spend_planned"].clip(lower=1)
df["discount_x_elasticity"] = df["discount_pct"] * df["price_elasticity_est"]
df["exposure"] = df["display_flag"] + df["flyer_flag"]
for c in ["item_category", "region"]:
    df[c] = df[c].astype("category")

features = ["item_category", "region", "discount_pct", "display_flag", "flyer_flag", "exposure",
            "duration_days", "baseline_units_8w", "price_elasticity_est", "store_size",
            "promo_spend_planned", "spend_per_day", "spend_overrun", "discount_x_elasticity"]

X_tr, X_te, y_tr, y_te = train_test_split(df[features], df["uplift"], test_size=0.2, random_state=3)

model = lgb.LGBMRegressor(n_estimators=600, learning_rate=0.03, num_leaves=31,
                          min_child_samples=20, colsample_bytree=0.8, verbose=-1)
model.fit(X_tr, y_tr)
pred = model.predict(X_te)
base = np.full(len(y_te), y_tr.mean())

print(f"MAE  lgbm {mean_absolute_error(y_te, pred):.4f}   mean baseline {mean_absolute_error(y_te, base):.4f}")
print(f"R2   lgbm {r2_score(y_te, pred):.4f}   mean baseline {r2_score(y_te, base):.4f}")

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))

# error by category: where is uplift hardest to call?
res = X_te.assign(actual=y_te.values, pred=pred)
by_cat = res.groupby("item_category", observed=True).apply(
    lambda d: pd.Series({"mae": mean_absolute_error(d["actual"], d["pred"]), "n": len(d)}))
print(by_cat.round(4))

# final model on all promotions for the submission file
test = pd.read_csv("test.csv")
test["spend_per_day"] = test["promo_spend_actual"] / test["duration_days"]
test["spend_overrun"] = test["promo_spend_actual"] / test["promo_spend_planned"].clip(lower=1)
test["discount_x_elasticity"] = test["discount_pct"] * test["price_elasticity_est"]
test["exposure"] = test["display_flag"] + test["flyer_flag"]
for c in ["item_category", "region"]:
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)
model.fit(df[features], df["uplift"])
pd.DataFrame({"promo_id": test["promo_id"], "prediction": model.predict(test[features])}).to_csv(
    "predictions.csv", index=False)
