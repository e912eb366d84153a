"""Delivery delay: cross-validated comparison of a ridge model and HGB.

Couriers differ a lot (vehicle, experience), so every fold scores a held-out
set of couriers, and only on weeks after everything the fold was trained on.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor, make_column_selector
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

RANDOM_STATE = 11

orders = pd.read_csv("train.csv", parse_dates=["order_date"])
orders = orders.sort_values("order_date").reset_index(drop=True)
print(orders.shape, orders["courier_id"].nunique(), "couriers")
print(orders[["distance_km", "promised_minutes", "minutes_late"]].describe().T)


def time_and_load(frame):
    out = frame.copy()
    ts = out.pop("order_date")
    out["hour"] = ts.dt.hour
    out["weekday"] = ts.dt.weekday
    out["items_per_km"] = out["n_items"] / out["distance_km"].clip(lower=0.3)
    out["prep_share"] = out["restaurant_prep_minutes"] / out["promised_minutes"].clip(lower=1)
    return out


def rolling_courier_folds(frame, n_folds=4, holdout_share=0.25, seed=RANDOM_STATE):
    """Train on the past of some couriers, score the next block of the others."""
    rng = np.random.default_rng(seed)
    couriers = np.sort(frame["courier_id"].unique())
    held = rng.choice(couriers, size=int(len(couriers) * holdout_share), replace=False)
    is_held = frame["courier_id"].isin(held).to_numpy()
    edges = frame["order_date"].quantile(np.linspace(0.5, 1.0, n_folds + 1)).to_numpy()
    dates = frame["order_date"].to_numpy()
    folds = []
    for start, end in zip(edges[:-1], edges[1:]):
        train_idx = np.flatnonzero((dates < start) & ~is_held)
        test_idx = np.flatnonzero((dates >= start) & (dates <= end) & is_held)
        folds.append((train_idx, test_idx))
    return folds


X = orders.drop(columns=["order_id", "courier_id", "minutes_late", "customer_complaint_filed"])
y = orders["minutes_late"]
folds = rolling_courier_folds(orders)

linear_prep = ColumnTransformer(
    [
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()),
         make_column_selector(dtype_include="number")),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=30),
         make_column_selector(dtype_include=object)),
    ]
)

models = {
    "median_baseline": DummyRegressor(strategy="median"),
    "ridge": TransformedTargetRegressor(
        regressor=make_pipeline(
            FunctionTransformer(time_and_load), linear_prep, Ridge(alpha=10.0)
        ),
        func=np.arcsinh,
        inverse_func=np.sinh,
    ),
    "hgb": make_pipeline(
        FunctionTransformer(time_and_load),
        ColumnTransformer(
            [("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False, min_frequency=30),
              make_column_selector(dtype_include=object))],
            remainder="passthrough",
        ),
        HistGradientBoostingRegressor(
            loss="absolute_error", learning_rate=0.05, max_iter=500, random_state=RANDOM_STATE
        ),
    ),
}

results = {}
for name, est in models.items():
    res = cross_validate(
        est,
        X,
        y,
        cv=folds,
        scoring=["neg_mean_absolute_error", "neg_root_mean_squared_error", "r2"],
        return_estimator=True,
        return_indices=True,
        n_jobs=-1,
    )
    results[name] = res
    print(
        f"{name:16s} MAE {-res['test_neg_mean_absolute_error'].mean():6.2f} "
        f"± {res['test_neg_mean_absolute_error'].std():.2f}  "
        f"RMSE {-res['test_neg_root_mean_squared_error'].mean():6.2f}  "
        f"R2 {res['test_r2'].mean():.3f}"
    )

# per-fold view for the best model, with the size of each held-out courier set
best = results["hgb"]
for k, test_idx in enumerate(best["indices"]["test"]):
    held = orders.iloc[test_idx]
    print(
        f"fold {k}: {held['courier_id'].nunique()} couriers, {len(held)} orders, "
        f"{held['order_date'].min():%Y-%m-%d}..{held['order_date'].max():%Y-%m-%d}, "
        f"MAE {-best['test_neg_mean_absolute_error'][k]:.2f}"
    )

# refit on all rows for the submission
final = models["hgb"].fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["order_date"])
X_sub = test.drop(columns=["order_id", "courier_id", "customer_complaint_filed"], errors="ignore")
pred = final.predict(X_sub)
pd.DataFrame({"order_id": test["order_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved", len(pred), "predictions")
