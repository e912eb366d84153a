import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

TARGET = "days_late"
CAT_COLS = ["industry", "customer_size", "currency"]


def build_features(df):
    out = pd.DataFrame(index=df.index)
    out["log_amount"] = np.log1p(df["amount"])
    out["payment_terms_days"] = df["payment_terms_days"]
    out["n_line_items"] = df["n_line_items"]
    out["discount_offered"] = df["discount_offered"]
    out["po_required"] = df["po_required"]
    out["credit_limit"] = df["credit_limit"]
    out["amount_to_limit"] = df["amount"] / df["credit_limit"].clip(lower=1)
    out["issue_month"] = df["issue_date"].dt.month
    out["due_dow"] = df["due_date"].dt.dayofweek
    for c in CAT_COLS:
        out[c] = df[c].astype("category")
    return out


def later_new_customers(df, start, end, known):
    part = df[(df["issue_date"] >= start) & (df["issue_date"] < end)]
    return part[~part["customer_id"].isin(known)]


def main():
    df = pd.read_csv("train.csv", parse_dates=["issue_date", "due_date"])
    df = df.sort_values("issue_date").reset_index(drop=True)
    print(df.shape, df["issue_date"].min(), df["issue_date"].max())
    print(df[TARGET].describe())

    val_start, test_start = df["issue_date"].quantile([0.7, 0.85])
    train = df[df["issue_date"] < val_start]
    valid = later_new_customers(df, val_start, test_start, set(train["customer_id"]))
    seen = set(df.loc[df["issue_date"] < test_start, "customer_id"])
    test = later_new_customers(df, test_start, df["issue_date"].max() + pd.Timedelta(days=1), seen)
    print("train", len(train), "valid", len(valid), "test", len(test))

    X_tr, y_tr = build_features(train), train[TARGET]
    X_va, y_va = build_features(valid), valid[TARGET]
    X_te, y_te = build_features(test), test[TARGET]

    base = DummyRegressor(strategy="median").fit(X_tr[["log_amount"]], y_tr)
    print("median baseline MAE:", round(mean_absolute_error(y_te, base.predict(X_te[["log_amount"]])), 3))

    model = xgb.XGBRegressor(n_estimators=3000, learning_rate=0.02, max_depth=6, subsample=0.8,
                             colsample_bytree=0.8, objective="reg:absoluteerror", tree_method="hist",
                             enable_categorical=True, early_stopping_rounds=100, eval_metric="mae")
    model.fit(X_tr, y_tr, eval_set=[(X_va, y_va)], verbose=200)
    print("best iteration:", model.best_iteration)

    pred = model.predict(X_te)
    print("xgb MAE:", round(mean_absolute_error(y_te, pred), 3))
    late_mask = y_te > 0
    print("MAE on late invoices:", round(mean_absolute_error(y_te[late_mask], pred[late_mask.values]), 3))

    gain = model.get_booster().get_score(importance_type="gain")
    print(sorted(gain.items(), key=lambda kv: -kv[1])[:10])


if __name__ == "__main__":
    main()
