"""Model comparison for the loan default take-home.

Target default_next_3m on the loan-month panel. I compare a handful of model
families on the last months (new loans only) and keep the best one.
"""
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from xgboost import XGBClassifier

TARGET = "default_next_3m"
NUM = ["loan_amount", "interest_rate", "term_months", "fico", "dti", "annual_income",
       "months_on_book", "balance", "dpd", "dpd_prev", "n_late_30", "utilization",
       "payment_ratio", "balance_paid_pct"]
CAT = ["grade", "purpose", "home_ownership", "verification_status"]


def load_panel(path="train.csv"):
    p = pd.read_csv(path, parse_dates=["as_of_month"]).sort_values(["loan_id", "as_of_month"])
    p["dpd_prev"] = p.groupby("loan_id")["dpd"].shift(1)
    p["payment_ratio"] = p["payment_amount"] / p["installment"].where(p["installment"] > 0)
    p["balance_paid_pct"] = 1 - p["balance"] / p["loan_amount"]
    return p


def time_split(p, test_months=6):
    months = np.sort(p["as_of_month"].unique())
    test_start = months[-test_months]
    tr = p[p["as_of_month"] < test_start]
    te = p[p["as_of_month"] >= test_start]
    te = te[~te["loan_id"].isin(tr["loan_id"])]
    return tr, te


def preprocessor(scale):
    num_steps = [("imp", SimpleImputer(strategy="median"))]
    if scale:
        num_steps.append(("sc", StandardScaler()))
    return ColumnTransformer([
        ("num", Pipeline(num_steps), NUM),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                          ("oh", OneHotEncoder(handle_unknown="ignore"))]), CAT),
    ])


def candidates():
    spw = 24.0  # ~ (1 - 0.04) / 0.04
    return {
        "logreg": Pipeline([("pre", preprocessor(True)),
                            ("m", LogisticRegression(C=0.3, max_iter=3000, class_weight="balanced"))]),
        "rf": Pipeline([("pre", preprocessor(False)),
                        ("m", RandomForestClassifier(n_estimators=300, min_samples_leaf=50,
                                                     class_weight="balanced_subsample", n_jobs=-1,
                                                     random_state=1))]),
        "hgb": Pipeline([("pre", preprocessor(False)),
                         ("m", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                                              random_state=1))]),
        "xgb": Pipeline([("pre", preprocessor(False)),
                         ("m", XGBClassifier(n_estimators=500, max_depth=4, learning_rate=0.05,
                                             subsample=0.8, colsample_bytree=0.8,
                                             scale_pos_weight=spw, eval_metric="logloss"))]),
    }


def main():
    panel = load_panel()
    tr, te = time_split(panel)
    cols = NUM + CAT
    print("rows  train %d  test %d" % (len(tr), len(te)))

    scores, fitted = {}, {}
    for name, model in candidates().items():
        t0 = time.time()
        model.fit(tr[cols], tr[TARGET])
        p = model.predict_proba(te[cols])[:, 1]
        fitted[name] = model
        scores[name] = {"auc": roc_auc_score(te[TARGET], p),
                        "ap": average_precision_score(te[TARGET], p),
                        "sec": time.time() - t0}
        print(f"{name:12s} auc={scores[name]['auc']:.4f} ap={scores[name]['ap']:.4f} "
              f"({scores[name]['sec']:.0f}s)")

    table = pd.DataFrame(scores).T.sort_values("auc", ascending=False)
    print(table)
    best = table.index[0]
    print(f"best model: {best}  test AUC {table.loc[best, 'auc']:.4f}  AP {table.loc[best, 'ap']:.4f}")

    # TODO: score test.csv with fitted[best] -- needs the train.csv history for dpd_prev
    return fitted[best], table


if __name__ == "__main__":
    main()
