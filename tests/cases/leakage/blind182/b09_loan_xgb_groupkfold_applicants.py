"""
Loan default @ 12 months -- XGBoost, grouped cross-validation.

Applicants can have several loans, so folds are grouped by applicant: an
applicant's loans are always in the same fold and the model is always scored
on applicants it has never seen.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.model_selection import GroupKFold

TARGET = "default_12m"
ID = "loan_id"


def load():
    tr = pd.read_csv("train.csv", parse_dates=["application_date"])
    te = pd.read_csv("test.csv", parse_dates=["application_date"])
    return tr, te


def featurize(df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    out["income"] = df["income"]
    out["amount"] = df["amount"]
    out["term"] = df["term"]
    out["dti_proxy"] = df["amount"] / df["term"] / (df["income"] / 12).replace(0, np.nan)
    out["grade"] = df["grade"].map(dict(zip("ABCDEFG", range(7))))
    out["quarter"] = df["application_date"].dt.quarter
    for p in ["debt_consolidation", "credit_card", "home_improvement", "small_business", "car", "other"]:
        out[f"purpose_{p}"] = (df["purpose"] == p).astype(int)
    return out


def folds_for(df, n=4):
    gkf = GroupKFold(n_splits=n)
    return list(gkf.split(df, df[TARGET], groups=df["applicant_id"]))


def split(df, fold):
    fit_idx, ev_idx = fold
    return df.iloc[fit_idx], df.iloc[ev_idx]


PARAMS = dict(n_estimators=350, max_depth=4, learning_rate=0.05, subsample=0.8,
              colsample_bytree=0.8, min_child_weight=5, eval_metric="logloss", n_jobs=4)


def main():
    train, test = load()
    X_all, y_all = featurize(train), train[TARGET]
    rows = []
    for k, fold in enumerate(folds_for(train)):
        fit_df, ev_df = split(train, fold)
        if ev_df[TARGET].nunique() < 2:
            continue
        model = xgb.XGBClassifier(**PARAMS, random_state=7)
        model.fit(X_all.loc[fit_df.index], y_all.loc[fit_df.index])
        p = model.predict_proba(X_all.loc[ev_df.index])[:, 1]
        prior = np.full(len(ev_df), y_all.loc[fit_df.index].mean())  # baseline: training default rate
        y_ev = y_all.loc[ev_df.index]
        rows.append({
            "fold": k, "n_eval": len(ev_df),
            "auc": roc_auc_score(y_ev, p),
            "logloss": log_loss(y_ev, p),
            "baseline_logloss": log_loss(y_ev, prior),
        })
    res = pd.DataFrame(rows)
    print(res.to_string(index=False))
    print("\nmean AUC %.4f | mean logloss %.4f vs baseline %.4f" % (
        res.auc.mean(), res.logloss.mean(), res.baseline_logloss.mean()))

    final = xgb.XGBClassifier(**PARAMS, random_state=7)
    final.fit(X_all, y_all)
    pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(featurize(test))[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
