"""Late-payment model, LightGBM native API with early stopping on a validation window.

Windows (all on issue_date, each evaluation window restricted to clients unseen before it):
  fit   : < 2023-10-01
  valid : 2023-10-01 .. 2023-12-31  -> early stopping only
  test  : >= 2024-01-01             -> scored once
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

PARAMS = {
    "objective": "binary", "metric": "average_precision", "learning_rate": 0.02,
    "num_leaves": 31, "min_data_in_leaf": 50, "feature_fraction": 0.8,
    "bagging_fraction": 0.8, "bagging_freq": 1, "scale_pos_weight": 5, "verbose": -1, "seed": 0,
}


def feats(d):
    out = pd.DataFrame(index=d.index)
    out["log_amount"] = np.log1p(d["amount"])
    out["terms"] = d["payment_terms_days"]
    out["lines"] = d["n_line_items"]
    out["credit_score"] = d["credit_score"]
    out["issue_month"] = d["issue_date"].dt.month
    out["issue_dow"] = d["issue_date"].dt.dayofweek
    out["due_dow"] = d["due_date"].dt.dayofweek
    return out.join(pd.get_dummies(d[["industry", "client_size", "country", "currency"]], dtype=float))


def windows(df):
    d = df["issue_date"]
    fit = d < "2023-10-01"
    valid = (d >= "2023-10-01") & (d < "2024-01-01") & ~df["client_id"].isin(df.loc[fit, "client_id"])
    seen = set(df.loc[fit | valid, "client_id"])
    test = (d >= "2024-01-01") & ~df["client_id"].isin(seen)
    return fit, valid, test


def main():
    df = pd.read_csv("train.csv", parse_dates=["issue_date", "due_date"])
    sub = pd.read_csv("test.csv", parse_dates=["issue_date", "due_date"])
    X, y = feats(df), df["paid_late"]
    fit, valid, test = windows(df)
    print({k: int(v.sum()) for k, v in {"fit": fit, "valid": valid, "test": test}.items()})

    dfit = lgb.Dataset(X[fit], y[fit])
    dval = lgb.Dataset(X[valid], y[valid], reference=dfit)
    booster = lgb.train(PARAMS, dfit, num_boost_round=5000, valid_sets=[dval], valid_names=["valid"],
                        callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)])
    n_rounds = booster.best_iteration

    dummy = DummyClassifier(strategy="prior").fit(X[fit], y[fit])
    p_dummy = dummy.predict_proba(X[test])[:, 1]
    p_model = booster.predict(X[test], num_iteration=n_rounds)
    print(f"test  dummy AUC {roc_auc_score(y[test], p_dummy):.4f} AP {average_precision_score(y[test], p_dummy):.4f}")
    print(f"test  lgbm  AUC {roc_auc_score(y[test], p_model):.4f} AP {average_precision_score(y[test], p_model):.4f}")

    final = lgb.train(PARAMS, lgb.Dataset(X, y), num_boost_round=n_rounds)
    X_sub = feats(sub).reindex(columns=X.columns, fill_value=0)
    pd.DataFrame({"invoice_id": sub["invoice_id"], "prediction": final.predict(X_sub)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
