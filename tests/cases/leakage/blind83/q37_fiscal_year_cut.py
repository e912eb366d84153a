"""Out-of-time validation for the 12-month default model.

Train on fiscal years up to 2016, validate on 2017 onwards, the way a bank would back-test a scorecard.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

FEATURES = ["leverage", "interest_coverage", "current_ratio", "quick_ratio", "roa", "ebitda_margin",
            "cash_to_assets", "retained_earnings_ta", "working_capital_ta", "sales_growth", "equity_vol",
            "distance_to_default", "log_assets", "rating_num"]
RATINGS = ["AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-",
           "B+", "B", "B-", "CCC+", "CCC", "CCC-", "CC", "C", "D"]
LAST_TRAIN_YEAR = 2016


def prepare(df):
    df = df.copy()
    df["log_assets"] = np.log(df["total_assets"])
    df["rating_num"] = df["rating_current"].map({r: i for i, r in enumerate(RATINGS)})
    return df


def main():
    data = prepare(pd.read_csv("train.csv"))
    test = prepare(pd.read_csv("test.csv"))

    fit = data[data["fiscal_year"] <= LAST_TRAIN_YEAR]
    oot = data[data["fiscal_year"] > LAST_TRAIN_YEAR]
    print(f"fit rows {len(fit)} ({fit['default_12m'].mean():.3%} defaults), "
          f"out-of-time rows {len(oot)} ({oot['default_12m'].mean():.3%} defaults)")

    spw = (1 - fit["default_12m"].mean()) / fit["default_12m"].mean()
    model = xgb.XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.8,
                              colsample_bytree=0.8, scale_pos_weight=np.sqrt(spw), eval_metric="aucpr",
                              tree_method="hist")
    model.fit(fit[FEATURES], fit["default_12m"])
    base = DummyClassifier(strategy="prior").fit(fit[FEATURES], fit["default_12m"])

    p = model.predict_proba(oot[FEATURES])[:, 1]
    p0 = base.predict_proba(oot[FEATURES])[:, 1]
    print(f"ROC-AUC  {roc_auc_score(oot['default_12m'], p):.4f}")
    print(f"PR-AUC   {average_precision_score(oot['default_12m'], p):.4f} (baseline {average_precision_score(oot['default_12m'], p0):.4f})")
    print(f"Brier    {brier_score_loss(oot['default_12m'], p):.5f} (baseline {brier_score_loss(oot['default_12m'], p0):.5f})")

    for yr, d in oot.assign(p=p).groupby("fiscal_year"):
        if d["default_12m"].nunique() == 2:
            print(yr, "AUC", round(roc_auc_score(d["default_12m"], d["p"]), 4), "n", len(d))

    model.fit(data[FEATURES], data["default_12m"])
    pd.DataFrame({"obs_id": test["obs_id"], "prediction": model.predict_proba(test[FEATURES])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
