"""Model bake-off for the churn-snapshots exercise.

Three disjoint customer sets:
  fit   customers -> Jan-Jun rows, used for fitting
  valid customers -> Jul-Sep rows, used to pick the model
  test  customers -> Jul-Sep rows, scored once with the picked model
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
CAT = ["plan"]
TARGET = "churned_next_month"
FIRST_EVAL_MONTH = pd.Period("2024-07", freq="M")


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for d in (tr, te):
        d["month"] = pd.PeriodIndex(d["snapshot_month"], freq="M")
    return tr, te


def three_way(raw, seed=2024):
    rs = np.random.RandomState(seed)
    cust = raw["customer_id"].unique()
    rs.shuffle(cust)
    n = len(cust)
    valid_c, test_c = set(cust[: n // 5]), set(cust[n // 5: 2 * n // 5])
    early = raw["month"] < FIRST_EVAL_MONTH
    in_valid, in_test = raw["customer_id"].isin(valid_c), raw["customer_id"].isin(test_c)
    fit = raw[~in_valid & ~in_test & early]
    valid = raw[in_valid & ~early]
    test = raw[in_test & ~early]
    return fit, valid, test


def prep():
    return make_column_transformer((StandardScaler(), NUM), (OneHotEncoder(handle_unknown="ignore"), CAT))


def candidates():
    return {
        "dummy_prior": make_pipeline(prep(), DummyClassifier(strategy="prior")),
        "logreg": make_pipeline(prep(), LogisticRegression(max_iter=2000, class_weight="balanced")),
        "rf": make_pipeline(prep(), RandomForestClassifier(n_estimators=300, min_samples_leaf=10,
                                                           n_jobs=-1, random_state=0)),
        "extratrees": make_pipeline(prep(), ExtraTreesClassifier(n_estimators=300, min_samples_leaf=10,
                                                                 n_jobs=-1, random_state=0)),
        "hgb": make_pipeline(prep(), HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05,
                                                                    random_state=0)),
        "lgbm": make_pipeline(prep(), lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=15,
                                                         subsample=0.8, colsample_bytree=0.8, verbose=-1,
                                                         random_state=0)),
    }


def scores(y, p):
    return roc_auc_score(y, p), average_precision_score(y, p)


def main():
    raw, sub_raw = load()
    fit, valid, test = three_way(raw)
    print(f"fit {len(fit)}  valid {len(valid)}  test {len(test)}")
    print(f"churn rate fit {fit[TARGET].mean():.4f} valid {valid[TARGET].mean():.4f} test {test[TARGET].mean():.4f}")

    cols = NUM + CAT
    models = candidates()
    board = {}
    for name, m in models.items():
        m.fit(fit[cols], fit[TARGET])
        auc, ap = scores(valid[TARGET], m.predict_proba(valid[cols])[:, 1])
        board[name] = {"valid_auc": auc, "valid_ap": ap}
        print(f"  {name:12s} valid AUC {auc:.4f}  AP {ap:.4f}")

    board = pd.DataFrame(board).T.sort_values("valid_ap", ascending=False)
    best_name = board.index[0]
    print("\npicked on validation:", best_name)

    # one look at the untouched test customers, best model vs the prior baseline
    for name in [best_name, "dummy_prior"]:
        auc, ap = scores(test[TARGET], models[name].predict_proba(test[cols])[:, 1])
        print(f"TEST  {name:12s} AUC {auc:.4f}  AP {ap:.4f}")

    final = candidates()[best_name]
    final.fit(raw[cols], raw[TARGET])
    out = pd.DataFrame({"snapshot_id": sub_raw["snapshot_id"],
                        "prediction": final.predict_proba(sub_raw[cols])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("predictions.csv written,", len(out), "rows")


if __name__ == "__main__":
    main()
