"""Tumour vs normal: PCA on log-expression + random forest."""
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

META = ["sample_id", "patient_id", "age", "sex", "batch",
        "adjuvant_therapy", "survival_months", "tumour"]
N_PCS = 40


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    genes = [c for c in train.columns if c not in META]
    return train, test, genes


def main():
    train, test, genes = load()
    X = np.log2(train[genes].to_numpy() + 1)
    y = train["tumour"].to_numpy()

    scaler = StandardScaler()
    Xs = scaler.fit_transform(X)
    pca = PCA(n_components=N_PCS, random_state=42)
    Z = pca.fit_transform(Xs)
    print("variance explained by %d PCs: %.2f" % (N_PCS, pca.explained_variance_ratio_.sum()))

    Z_tr, Z_va, y_tr, y_va = train_test_split(Z, y, test_size=0.25, stratify=y, random_state=42)

    rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=42)
    rf.fit(Z_tr, y_tr)
    proba = rf.predict_proba(Z_va)[:, 1]
    print("ROC AUC: %.3f" % roc_auc_score(y_va, proba))
    print(classification_report(y_va, (proba > 0.5).astype(int), target_names=["normal", "tumour"]))

    rf.fit(Z, y)
    Z_test = pca.transform(scaler.transform(np.log2(test[genes].to_numpy() + 1)))
    out = pd.DataFrame({"sample_id": test["sample_id"], "prediction": rf.predict_proba(Z_test)[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("wrote predictions.csv", out.shape)


if __name__ == "__main__":
    main()
