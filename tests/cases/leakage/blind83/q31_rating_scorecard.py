"""Default-within-12-months model: financial ratios plus agency rating information.

Ratings carry a lot of information about credit quality, so they are mapped to an ordinal scale
(AAA = 1 ... D = 22) and used next to the accounting ratios.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SCALE = ["AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-",
         "B+", "B", "B-", "CCC+", "CCC", "CCC-", "CC", "C", "D"]
RATING_MAP = {r: i + 1 for i, r in enumerate(SCALE)}
RATIOS = ["leverage", "interest_coverage", "current_ratio", "roa", "ebitda_margin", "cash_to_assets",
          "retained_earnings_ta", "equity_vol", "distance_to_default"]


def prepare(df):
    out = df.copy()
    out["rating_now"] = out["rating_current"].map(RATING_MAP)
    fwd = out["rating_12m_after"] if "rating_12m_after" in out else out["rating_current"]
    out["rating_fwd"] = fwd.map(RATING_MAP)
    out["rating_drift"] = out["rating_fwd"] - out["rating_now"]
    out["log_assets"] = np.log(out["total_assets"])
    return out


FEATURES = RATIOS + ["log_assets", "rating_now", "rating_fwd", "rating_drift"]


def main():
    train = prepare(pd.read_csv("train.csv"))
    test = prepare(pd.read_csv("test.csv"))

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=1)
    tr_idx, va_idx = next(gss.split(train, groups=train["firm_id"]))
    tr, va = train.iloc[tr_idx], train.iloc[va_idx]

    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15,
                                           class_weight="balanced", random_state=0)
    model.fit(tr[FEATURES], tr["default_12m"])
    dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr["default_12m"])

    p = model.predict_proba(va[FEATURES])[:, 1]
    p0 = dummy.predict_proba(va[FEATURES])[:, 1]
    print(f"ROC-AUC  model {roc_auc_score(va['default_12m'], p):.4f} | baseline {roc_auc_score(va['default_12m'], p0):.4f}")
    print(f"PR-AUC   model {average_precision_score(va['default_12m'], p):.4f} | baseline {average_precision_score(va['default_12m'], p0):.4f}")

    by_rating = va.assign(p=p).groupby("rating_current")["p"].mean().sort_values()
    print(by_rating.round(3).to_string())

    model.fit(train[FEATURES], train["default_12m"])
    pd.DataFrame({"obs_id": test["obs_id"], "prediction": model.predict_proba(test[FEATURES])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
