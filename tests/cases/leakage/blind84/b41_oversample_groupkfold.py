"""pDC detector: balance classes with random oversampling, evaluate with donor-grouped CV."""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

OBS = ["cell_barcode", "donor_id", "n_counts", "pct_mito", "reference_celltype", "is_pdc"]


def lognorm(counts: pd.DataFrame) -> pd.DataFrame:
    return np.log1p(counts.div(counts.sum(axis=1), axis=0) * 1e4)


def main():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    genes = [c for c in df.columns if c not in OBS]
    print("cells:", len(df), "pDC share: %.3f" % df["is_pdc"].mean())

    ros = RandomOverSampler(sampling_strategy=0.5, random_state=0)
    df_bal, _ = ros.fit_resample(df, df["is_pdc"])
    print("after oversampling:", df_bal["is_pdc"].value_counts().to_dict())

    X = lognorm(df_bal[genes]).to_numpy()
    y = df_bal["is_pdc"].to_numpy()
    donors = df_bal["donor_id"].to_numpy()

    gkf = GroupKFold(n_splits=5)
    aucs, aps, f1s = [], [], []
    for k, (tr, va) in enumerate(gkf.split(X, y, donors)):
        clf = make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=3000))
        clf.fit(X[tr], y[tr])
        p = clf.predict_proba(X[va])[:, 1]
        aucs.append(roc_auc_score(y[va], p))
        aps.append(average_precision_score(y[va], p))
        f1s.append(f1_score(y[va], p > 0.5))
        print(f"fold {k}: donors={sorted(set(donors[va]))} AUC={aucs[-1]:.3f} AP={aps[-1]:.3f} F1={f1s[-1]:.3f}")

    print(f"mean AUC={np.mean(aucs):.3f}  AP={np.mean(aps):.3f}  F1={np.mean(f1s):.3f}")

    final = make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=3000)).fit(X, y)
    pd.DataFrame({"cell_barcode": test["cell_barcode"],
                  "prediction": final.predict_proba(lognorm(test[genes]).to_numpy())[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
