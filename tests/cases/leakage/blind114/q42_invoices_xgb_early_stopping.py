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


def main():
    df = pd.read_csv("train.csv", parse_dates=["issue_date", "due_date"])
    df = df.sort_values("issue_date").reset_index(drop=True)
    print(df.shape, df["issue_date"].min(), df["issue_date"].max())
    print(df[TARGET].describe())

    cut = df["issue_date"].quantile(0.8)
    train = df[df["issue_date"] < cut]
    test = df[df["issue_date"] >= cut]
    print("train", len(train), "test", len(test))

    X_tr, y_tr = build_features(train), train[TARGET]
    X_te, y_te = build_features(test), test[TARGET]

    base = DummyRegressor(strategy="median").fit(X_tr[["log_amount"]], y_tr)
    print("median baseline MAE:", round(mean_absolute_error(y_te, base.predict(X_te[["log_amount"]])), 3))

    model = xgb.XGBRegressor(n_estimators=3000, learning_rate=0.02, max_depth=6, subsample=0.8,
                             colsample_bytree=0.8, objective="reg:absoluteerror", tree_method="hist",
                             enable_categorical=True, early_stopping_rounds=100, eval_metric="mae")
    model.fit(X_tr, y_tr, eval_set=[(X_te, y_te)], verbose=200)
    print("best iteration:", model.best_iteration)

    pred = model.predict(X_te)
    print("xgb MAE:", round(mean_absolute_error(y_te, pred), 3))
    late_mask = y_te > 0
    print("MAE on late invoices:", round(mean_absolute_error(y_te[late_mask], pred[late_mask.values]), 3))

    gain = model.get_booster().get_score(importance_type="gain")
    print(sorted(gain.items(), key=lambda kv: -kv[1])[:10])


if __name__ == "__main__":
    main()
