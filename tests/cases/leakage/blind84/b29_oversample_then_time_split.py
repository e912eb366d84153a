"""IBD classifier from genus abundances with minority oversampling.

IBD samples are ~18% of the cohort; the minority class is oversampled to 50/50 so the
logistic regression does not collapse to predicting controls. Validation is on the most
recent samples.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

LEAKY = ["calprotectin_followup", "biologic_therapy"]


def clr(counts: pd.DataFrame, pseudo: float = 0.5) -> pd.DataFrame:
    logc = np.log(counts + pseudo)
    return logc.sub(logc.mean(axis=1), axis=0)


def main():
    df = pd.read_csv("train.csv", parse_dates=["collection_date"])
    test = pd.read_csv("test.csv", parse_dates=["collection_date"])
    taxa = [c for c in df.columns if c.startswith("g__")]
    df = df.drop(columns=LEAKY)

    ros = RandomOverSampler(sampling_strategy=1.0, random_state=4)
    X_res, y_res = ros.fit_resample(df.drop(columns=["ibd"]), df["ibd"])
    data = X_res.assign(ibd=y_res.to_numpy()).sort_values("collection_date").reset_index(drop=True)
    print("after oversampling:", data["ibd"].value_counts().to_dict())

    cutoff = data["collection_date"].quantile(0.8)
    tr = data[data["collection_date"] <= cutoff]
    va = data[data["collection_date"] > cutoff]
    print(f"train {len(tr)} rows up to {cutoff.date()}, valid {len(va)} rows")

    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=5000))
    model.fit(clr(tr[taxa]), tr["ibd"])
    p = model.predict_proba(clr(va[taxa]))[:, 1]

    base = DummyClassifier(strategy="prior").fit(tr[taxa], tr["ibd"])
    p0 = base.predict_proba(va[taxa])[:, 1]

    print("logreg   AUC %.3f  AP %.3f  recall %.3f" % (
        roc_auc_score(va["ibd"], p), average_precision_score(va["ibd"], p), recall_score(va["ibd"], p > 0.5)))
    print("baseline AUC %.3f  AP %.3f" % (roc_auc_score(va["ibd"], p0), average_precision_score(va["ibd"], p0)))

    X_all, y_all = ros.fit_resample(clr(df[taxa]), df["ibd"])
    model.fit(X_all, y_all)
    pd.DataFrame({"sample_id": test["sample_id"],
                  "prediction": model.predict_proba(clr(test[taxa]))[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
