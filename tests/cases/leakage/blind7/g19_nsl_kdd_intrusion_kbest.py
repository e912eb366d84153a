"""NSL-KDD intrusion detection (normal vs attack).

Reads KDDTrain+.txt, one-hot encodes protocol/service/flag, keeps the k most
informative features and evaluates a random forest with stratified CV and a
holdout split.
"""
import argparse
import time

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import classification_report, confusion_matrix, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MinMaxScaler

COLUMNS = [
    "duration", "protocol_type", "service", "flag", "src_bytes", "dst_bytes", "land",
    "wrong_fragment", "urgent", "hot", "num_failed_logins", "logged_in", "num_compromised",
    "root_shell", "su_attempted", "num_root", "num_file_creations", "num_shells",
    "num_access_files", "num_outbound_cmds", "is_host_login", "is_guest_login", "count",
    "srv_count", "serror_rate", "srv_serror_rate", "rerror_rate", "srv_rerror_rate",
    "same_srv_rate", "diff_srv_rate", "srv_diff_host_rate", "dst_host_count",
    "dst_host_srv_count", "dst_host_same_srv_rate", "dst_host_diff_srv_rate",
    "dst_host_same_src_port_rate", "dst_host_srv_diff_host_rate", "dst_host_serror_rate",
    "dst_host_srv_serror_rate", "dst_host_rerror_rate", "dst_host_srv_rerror_rate",
    "label", "difficulty",
]
CATEGORICAL = ["protocol_type", "service", "flag"]


def load(path):
    df = pd.read_csv(path, header=None, names=COLUMNS)
    df["attack"] = (df["label"] != "normal").astype(int)
    df = df.drop(columns=["label", "difficulty", "num_outbound_cmds"])
    for col in ["src_bytes", "dst_bytes", "duration"]:
        df[col] = np.log1p(df[col])
    return df


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train-file", default="data/nsl-kdd/KDDTrain+.txt")
    ap.add_argument("--k", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    df = load(args.train_file)
    print(df.shape)
    print(df["attack"].value_counts(normalize=True).round(3))
    print(df["protocol_type"].value_counts())

    X = pd.get_dummies(df.drop(columns=["attack"]), columns=CATEGORICAL, dtype=int)
    y = df["attack"].values
    print("after one-hot:", X.shape)

    t0 = time.time()
    selector = SelectKBest(mutual_info_classif, k=args.k)
    selector.fit(X, y)
    kept = X.columns[selector.get_support()].tolist()
    print(f"mutual information selection took {time.time() - t0:.1f}s; kept {len(kept)} features")
    mi = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
    print(mi.head(args.k).round(4))
    X_sel = X[kept]

    model = make_pipeline(
        MinMaxScaler(),
        RandomForestClassifier(n_estimators=200, n_jobs=-1, random_state=args.seed),
    )

    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=args.seed)
    cv_f1 = cross_val_score(model, X_sel, y, cv=skf, scoring="f1", n_jobs=1)
    print("5-fold F1: %.4f +- %.4f" % (cv_f1.mean(), cv_f1.std()))

    X_train, X_test, y_train, y_test = train_test_split(
        X_sel, y, test_size=0.3, stratify=y, random_state=args.seed
    )
    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(confusion_matrix(y_test, pred))
    print(classification_report(y_test, pred, target_names=["normal", "attack"], digits=4))
    print("holdout F1 %.4f  ROC AUC %.4f" % (f1_score(y_test, pred), roc_auc_score(y_test, proba)))


if __name__ == "__main__":
    main()
