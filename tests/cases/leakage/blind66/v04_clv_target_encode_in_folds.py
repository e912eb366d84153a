"""CLV take-home: predict 12-month revenue per customer (clv_12m).

Approach: RFM snapshot features + smoothed value-per-segment encodings for the
categorical columns, LightGBM on log1p(revenue), 5-fold CV.  The encodings are
learned inside each fold from that fold's training customers.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import KFold
from sklearn.metrics import mean_absolute_error, mean_squared_error

SEED = 7
TARGET = "clv_12m"
CATS = ["country", "acquisition_channel"]
NUMS = ["recency_days", "frequency", "monetary_avg", "tenure_days", "avg_days_between_orders",
        "n_categories", "pct_discount_orders", "first_order_value", "email_open_rate", "returns_count"]


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print("train", train.shape, "test", test.shape)
    print(train[TARGET].describe())
    return train, test


def add_ratios(df):
    df = df.copy()
    df["spend_total"] = df["frequency"] * df["monetary_avg"]
    df["recency_ratio"] = df["recency_days"] / (df["tenure_days"] + 1)
    df["returns_per_order"] = df["returns_count"] / df["frequency"].clip(lower=1)
    return df


def fit_encoding(fit_df, col, alpha=20):
    overall = fit_df[TARGET].mean()
    stats = fit_df.groupby(col)[TARGET].agg(["mean", "count"])
    enc = (stats["mean"] * stats["count"] + overall * alpha) / (stats["count"] + alpha)
    return enc, overall


def apply_encodings(fit_df, frames):
    """Learn encodings on fit_df, write them into each frame of `frames`."""
    out = [f.copy() for f in frames]
    for col in CATS:
        enc, overall = fit_encoding(fit_df, col)
        for f in out:
            f[f"{col}_value"] = f[col].map(enc).fillna(overall)
    return out


def main():
    train, test = load()
    train = add_ratios(train).reset_index(drop=True)
    test = add_ratios(test)

    features = NUMS + ["spend_total", "recency_ratio", "returns_per_order"] + [f"{c}_value" for c in CATS]
    params = dict(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=40,
                  subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                  random_state=SEED, verbose=-1)

    kf = KFold(n_splits=5, shuffle=True, random_state=SEED)
    oof = np.zeros(len(train))
    for fold, (tr_idx, va_idx) in enumerate(kf.split(train)):
        fold_tr = train.iloc[tr_idx]
        fold_va = train.iloc[va_idx]
        fold_tr, fold_va = apply_encodings(fold_tr, [fold_tr, fold_va])
        model = lgb.LGBMRegressor(**params)
        model.fit(fold_tr[features], np.log1p(fold_tr[TARGET]))
        oof[va_idx] = model.predict(fold_va[features])
        mae = mean_absolute_error(fold_va[TARGET], np.expm1(oof[va_idx]))
        print(f"fold {fold}: MAE {mae:.2f}")

    y_true = train[TARGET].values
    y_hat = np.expm1(oof)
    print("OOF MAE :", round(mean_absolute_error(y_true, y_hat), 2))
    print("OOF RMSE:", round(mean_squared_error(y_true, y_hat) ** 0.5, 2))

    full_tr, full_te = apply_encodings(train, [train, test])
    model = lgb.LGBMRegressor(**params).fit(full_tr[features], np.log1p(full_tr[TARGET]))
    importances = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
    print(importances.head(10))

    pred = np.clip(np.expm1(model.predict(full_te[features])), 0, None)
    pd.DataFrame({"customer_id": test["customer_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("predictions.csv written:", len(pred))


if __name__ == "__main__":
    main()
