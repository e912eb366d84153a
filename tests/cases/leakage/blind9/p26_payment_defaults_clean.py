"""Card default model on two yearly extracts; oversampling only on the training rows."""
import numpy as np
import pandas as pd
import xgboost as xgb
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, precision_recall_curve

STATUS = ["pay_0", "pay_2", "pay_3", "pay_4", "pay_5", "pay_6"]
BILL = [f"bill_amt{i}" for i in range(1, 7)]
PAID = [f"pay_amt{i}" for i in range(1, 7)]


def load(path, extract):
    d = pd.read_csv(path).rename(columns={"default.payment.next.month": "default"})
    d["extract"] = extract
    return d


# two different extracts (different card holders), stacked into one table
cc = pd.concat([load("data/card_default_2023.csv", 2023), load("data/card_default_2024.csv", 2024)],
               ignore_index=True)
print(cc.shape, cc.groupby("extract")["default"].mean().round(4).to_dict())


def features(cc):
    f = pd.DataFrame({
        "months_late": (cc[STATUS] > 0).sum(axis=1),
        "worst_status": cc[STATUS].max(axis=1),
        "recent_late": np.where(cc["pay_0"] > 0, 1, 0),
        "util_last": cc["bill_amt1"] / cc["limit_bal"].clip(lower=1),
        "util_mean": cc[BILL].mean(axis=1) / cc["limit_bal"].clip(lower=1),
        "pay_ratio_mean": (cc[PAID].sum(axis=1) / cc[BILL].clip(lower=1).sum(axis=1)).clip(0, 5),
        "bill_trend": cc["bill_amt1"] - cc["bill_amt6"],
    })
    return f.join(cc[["limit_bal", "age", "sex", "education", "marriage"] + STATUS])


X, y = features(cc), cc["default"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=8)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.2, stratify=y_train,
                                            random_state=8)

X_tr_res, y_tr_res = SMOTE(sampling_strategy=0.6, random_state=8).fit_resample(X_tr, y_tr)
print("after SMOTE:", np.bincount(y_tr_res), " validation untouched:", np.bincount(y_val))

clf = xgb.XGBClassifier(n_estimators=2000, learning_rate=0.03, max_depth=5, subsample=0.8,
                        colsample_bytree=0.8, eval_metric="auc", early_stopping_rounds=100)
clf.fit(X_tr_res, y_tr_res, eval_set=[(X_val, y_val)], verbose=False)

# decision threshold: maximise F1 on the validation rows
prec, rec, thr = precision_recall_curve(y_val, clf.predict_proba(X_val)[:, 1])
f1s = 2 * prec[:-1] * rec[:-1] / np.clip(prec[:-1] + rec[:-1], 1e-9, None)
threshold = thr[np.argmax(f1s)]
print("chosen threshold", round(float(threshold), 3))

p = clf.predict_proba(X_test)[:, 1]
print("test AUC", round(roc_auc_score(y_test, p), 4), "AP", round(average_precision_score(y_test, p), 4))
print("test F1 @ threshold", round(f1_score(y_test, p >= threshold), 4))
print("rule baseline (recent_late) AUC", round(roc_auc_score(y_test, X_test["recent_late"]), 4))
