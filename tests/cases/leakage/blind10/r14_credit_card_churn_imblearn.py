"""Credit card churn: SMOTE inside an imblearn pipeline, threshold picked from out-of-fold predictions."""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, f1_score, precision_recall_curve, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict, train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler

CONFIG = {
    "path": "BankChurners.csv",
    "target": "churn",
    "test_size": 0.2,
    "seed": 42,
    "cat_cols": ["Gender", "Education_Level", "Marital_Status", "Income_Category", "Card_Category"],
    "drop": ["CLIENTNUM", "Attrition_Flag"],
    "rf": {"n_estimators": 400, "min_samples_leaf": 2, "n_jobs": -1},
}


def load(cfg):
    df = pd.read_csv(cfg["path"])
    df = df[[c for c in df.columns if not c.startswith("Naive_Bayes")]]
    df[cfg["target"]] = (df["Attrition_Flag"] == "Attrited Customer").astype(int)
    df["Avg_Trans_Amt"] = df["Total_Trans_Amt"] / df["Total_Trans_Ct"]
    df["Inactive_ratio"] = df["Months_Inactive_12_mon"] / df["Months_on_book"]
    return df.drop(columns=cfg["drop"])


def build_pipeline(cfg, num_cols):
    prep = ColumnTransformer([
        ("num", StandardScaler(), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cfg["cat_cols"]),
    ])
    return ImbPipeline([
        ("prep", prep),
        ("smote", SMOTE(random_state=cfg["seed"])),
        ("rf", RandomForestClassifier(random_state=cfg["seed"], **cfg["rf"])),
    ])


def best_f1_threshold(y_true, proba):
    prec, rec, thr = precision_recall_curve(y_true, proba)
    f1s = 2 * prec * rec / (prec + rec + 1e-9)
    return thr[np.argmax(f1s[:-1])]


df = load(CONFIG)
print(df.shape, df[CONFIG["target"]].mean().round(3))

X = df.drop(columns=CONFIG["target"])
y = df[CONFIG["target"]]
num_cols = [c for c in X.columns if c not in CONFIG["cat_cols"]]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=CONFIG["test_size"], stratify=y, random_state=CONFIG["seed"])

pipe = build_pipeline(CONFIG, num_cols)
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=CONFIG["seed"])
oof = cross_val_predict(pipe, X_train, y_train, cv=skf, method="predict_proba")[:, 1]
thr = best_f1_threshold(y_train, oof)
print("OOF AUC %.4f, threshold chosen on OOF: %.3f" % (roc_auc_score(y_train, oof), thr))

pipe.fit(X_train, y_train)
proba = pipe.predict_proba(X_test)[:, 1]
y_pred = (proba >= thr).astype(int)
print("test AUC %.4f  F1 %.4f" % (roc_auc_score(y_test, proba), f1_score(y_test, y_pred)))
print(classification_report(y_test, y_pred, digits=4))
