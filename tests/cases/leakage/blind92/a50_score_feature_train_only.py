"""Claims fraud: supervised model with an Isolation Forest score as an additional input.

The detector is fitted on the training part only (legitimate claims), and its score is
then computed for the training and the hold-out rows alike. The same goes for the final
model: detector refitted on train.csv, applied to test.csv.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import IsolationForest, HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score

NUM = ["policy_tenure_months", "claim_amount", "vehicle_age", "num_witnesses", "days_to_report",
       "claimant_age", "prior_claims", "deductible"]
SEED = 19


def base_features(df):
    X = df[NUM].copy()
    X["police_report_yes"] = (df["police_report"] == "YES").astype(float)
    X["in_network"] = (df["repair_shop_in_network"] == "Y").astype(float)
    X["amount_per_tenure"] = df["claim_amount"] / (df["policy_tenure_months"] + 1)
    return X


def fit_detector(X, y):
    return IsolationForest(n_estimators=400, random_state=SEED).fit(X[y == 0].fillna(-1))


def with_score(X, detector):
    out = X.copy()
    out["iforest_score"] = -detector.score_samples(X.fillna(-1))
    return out


def main():
    df = pd.read_csv("train.csv")
    X, y = base_features(df), df["fraudulent"].values
    X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.25, stratify=y, random_state=SEED)

    det = fit_detector(X_tr, y_tr)
    X_tr_s, X_ho_s = with_score(X_tr, det), with_score(X_ho, det)

    models = {
        "baseline (dummy prior)": DummyClassifier(strategy="prior"),
        "HGB": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=SEED),
    }
    for name, m in models.items():
        m.fit(X_tr, y_tr)
        p = m.predict_proba(X_ho)[:, 1]
        print(f"{name:24s} AP {average_precision_score(y_ho, p):.4f}  AUC {roc_auc_score(y_ho, p):.3f}")
    hgb_s = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=SEED).fit(X_tr_s, y_tr)
    p = hgb_s.predict_proba(X_ho_s)[:, 1]
    print(f"{'HGB + iforest score':24s} AP {average_precision_score(y_ho, p):.4f}  AUC {roc_auc_score(y_ho, p):.3f}")

    det_full = fit_detector(X, y)
    final = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=SEED)
    final.fit(with_score(X, det_full), y)
    test = pd.read_csv("test.csv")
    X_sub = with_score(base_features(test), det_full)
    pd.DataFrame({"claim_id": test["claim_id"], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
