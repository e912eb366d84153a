"""Promo uplift: predict units sold per (product, promo) row with encoded categoricals."""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

TARGET = "units_sold"
CAT_COLS = ["category", "subcategory", "brand_tier", "region", "promo_type", "shelf_position"]

df = pd.read_csv("promo_sales.csv")
df["discount_pct"] = 1 - df["promo_price"] / df["regular_price"]
df["log_regular_price"] = np.log(df["regular_price"])
df["display_and_flyer"] = df["in_display"] * df["in_flyer"]
df["log_units"] = np.log1p(df[TARGET])


def smooth_te(frame, col, target, alpha=20.0):
    global_mean = frame[target].mean()
    stats = frame.groupby(col)[target].agg(["mean", "count"])
    smooth = (stats["mean"] * stats["count"] + global_mean * alpha) / (stats["count"] + alpha)
    return frame[col].map(smooth)


for col in CAT_COLS:
    df[f"{col}_enc"] = smooth_te(df, col, "log_units")

df["promo_x_category"] = df["promo_type"].astype(str) + "|" + df["category"].astype(str)
df["promo_x_category_enc"] = smooth_te(df, "promo_x_category", "log_units", alpha=50.0)

feature_cols = [
    "discount_pct",
    "log_regular_price",
    "in_display",
    "in_flyer",
    "display_and_flyer",
    "duration_days",
    "n_competing_promos",
    "promo_x_category_enc",
] + [f"{c}_enc" for c in CAT_COLS]

X = df[feature_cols]
y = df["log_units"]
X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, random_state=17)

model = LGBMRegressor(
    n_estimators=1200,
    learning_rate=0.03,
    num_leaves=63,
    min_child_samples=30,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    random_state=17,
    verbose=-1,
)
model.fit(X_train, y_train)
pred = model.predict(X_valid)

mean_pred = np.full(len(y_valid), y_train.mean())
units_true = np.expm1(y_valid)

print("model            RMSLE    MAE(units)")
print(f"mean baseline    {mean_squared_error(y_valid, mean_pred) ** 0.5:.4f}   "
      f"{mean_absolute_error(units_true, np.expm1(mean_pred)):.2f}")
print(f"lightgbm         {mean_squared_error(y_valid, pred) ** 0.5:.4f}   "
      f"{mean_absolute_error(units_true, np.expm1(pred)):.2f}")

imp = pd.Series(model.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(imp.head(10))
