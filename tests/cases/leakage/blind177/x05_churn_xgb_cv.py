"""Churn: XGBoost evaluated with 5-fold cross-validation, then a full refit for test.csv."""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

TARGET = "churned_next_month"
ID = "snapshot_id"
NOT_FEATURES = [ID, "customer_id", "snapshot_month", TARGET,
                "retention_offer_accepted", "account_closed_date_known"]
CUTOFFS = pd.to_datetime(["2024-05-01", "2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01"])
PARAMS = dict(n_estimators=350, max_depth=4, learning_rate=0.05, subsample=0.8,
              colsample_bytree=0.8, min_child_weight=5, reg_lambda=2.0,
              eval_metric="logloss", random_state=7, n_jobs=4)


def add_features(df):
    out = df.copy()
    out["inactive_2w"] = (out["days_since_last_login"] > 14).astype(int)
    out["tickets_per_login"] = out["support_tickets_30d"] / (out["logins_30d"] + 1)
    out["charge_bucket"] = pd.cut(out["monthly_charges"], bins=[0, 30, 60, 90, np.inf], labels=False)
    out["new_customer"] = (out["tenure_months"] < 6).astype(int)
    out = pd.get_dummies(out, columns=["plan", "region"], dtype=int)
    return out


def feature_matrix(df, columns=None):
    X = df.drop(columns=[c for c in NOT_FEATURES if c in df.columns])
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X.astype(float)


def make_folds(df, n_splits=5):
    """Customer-level folds, so that no customer is in training and validation at once."""
    gkf = GroupKFold(n_splits=n_splits)
    return list(gkf.split(df, df[TARGET], groups=df["customer_id"]))


def cross_validate(df, X, y):
    rows = []
    for k, (tr_idx, va_idx) in enumerate(make_folds(df)):
        y_tr, y_va = y.iloc[tr_idx], y.iloc[va_idx]
        spw = (1 - y_tr.mean()) / y_tr.mean()
        model = xgb.XGBClassifier(**PARAMS, scale_pos_weight=spw)
        model.fit(X.iloc[tr_idx], y_tr)
        p = model.predict_proba(X.iloc[va_idx])[:, 1]
        prior = np.full(len(va_idx), y_tr.mean())
        rows.append({
            "fold": k,
            "n_val": len(va_idx),
            "pos_rate": y_va.mean(),
            "auc": roc_auc_score(y_va, p),
            "ap": average_precision_score(y_va, p),
            "baseline_prior_ap": average_precision_score(y_va, prior),
            "baseline_days_since_login_auc": roc_auc_score(y_va, X.iloc[va_idx]["days_since_last_login"]),
        })
        print(f"fold {k}: auc={rows[-1]['auc']:.4f} ap={rows[-1]['ap']:.4f}")
    return pd.DataFrame(rows)


def main():
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    train = train.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)

    X = feature_matrix(add_features(train))
    y = train[TARGET]
    print(X.shape, "positive rate", round(y.mean(), 4))

    cv = cross_validate(train, X, y)
    print(cv.round(4).to_string(index=False))
    print("mean AUC %.4f  mean AP %.4f  (prior baseline AP %.4f, days-since-login AUC %.4f)" % (
        cv.auc.mean(), cv.ap.mean(), cv.baseline_prior_ap.mean(), cv.baseline_days_since_login_auc.mean()))

    spw = (1 - y.mean()) / y.mean()
    final = xgb.XGBClassifier(**PARAMS, scale_pos_weight=spw).fit(X, y)
    X_test = feature_matrix(add_features(test), columns=X.columns)
    pred = final.predict_proba(X_test)[:, 1]
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)

    imp = pd.Series(final.feature_importances_, index=X.columns).sort_values(ascending=False)
    print(imp.head(10).round(4))


if __name__ == "__main__":
    main()
