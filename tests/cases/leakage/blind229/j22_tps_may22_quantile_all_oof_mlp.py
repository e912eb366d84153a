# Tabular Playground Series - May 2022
# Neural-ish member for the blend: gaussian-rank the numerics over train + test,
# f_27 character counts, then 5-fold OOF with an MLP and a logistic regression.
import gc
import string

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import QuantileTransformer

train = pd.read_csv("../input/tabular-playground-series-may-2022/train.csv")
test = pd.read_csv("../input/tabular-playground-series-may-2022/test.csv")
print(train.shape, test.shape)


def f27_features(df):
    for i in range(10):
        df[f"ch{i}"] = df.f_27.str.get(i).apply(ord) - ord("A")
    for letter in string.ascii_uppercase[:20]:
        df[f"cnt_{letter}"] = df.f_27.str.count(letter)
    df["unique_chars"] = df.f_27.apply(lambda s: len(set(s)))
    return df


train = f27_features(train)
test = f27_features(test)

float_cols = [c for c in train.columns if c.startswith("f_") and train[c].dtype == "float64"]
int_cols = [c for c in train.columns if c.startswith("f_") and train[c].dtype == "int64"]
extra = [c for c in train.columns if c.startswith(("ch", "cnt_"))] + ["unique_chars"]
print(len(float_cols), "float,", len(int_cols), "int,", len(extra), "f_27 derived")

# interactions found in the EDA notebooks
for df in (train, test):
    df["i_02_21"] = (df.f_21 + df.f_02 > 5.2).astype(int) - (df.f_21 + df.f_02 < -5.3).astype(int)
    df["i_05_22"] = (df.f_22 + df.f_05 > 5.1).astype(int) - (df.f_22 + df.f_05 < -5.4).astype(int)
    df["i_00_01_26"] = (df.f_00 + df.f_01 + df.f_26 > 5.0).astype(int) - (df.f_00 + df.f_01 + df.f_26 < -5.0).astype(int)

cont = float_cols + int_cols + extra
inter = ["i_02_21", "i_05_22", "i_00_01_26"]

all_num = pd.concat([train[cont], test[cont]], axis=0)
qt = QuantileTransformer(n_quantiles=1000, output_distribution="normal", subsample=10**6, random_state=0)
qt.fit(all_num)
train_q = pd.DataFrame(qt.transform(train[cont]), columns=cont, index=train.index)
test_q = pd.DataFrame(qt.transform(test[cont]), columns=cont, index=test.index)
del all_num
gc.collect()

X = pd.concat([train_q, train[inter]], axis=1).values.astype(np.float32)
X_test = pd.concat([test_q, test[inter]], axis=1).values.astype(np.float32)
y = train["target"].values

models = {
    "logreg": lambda: LogisticRegression(C=0.5, max_iter=500),
    "mlp": lambda: MLPClassifier(hidden_layer_sizes=(128, 64, 32), activation="relu", alpha=1e-4,
                                 batch_size=2048, learning_rate_init=2e-3, max_iter=40,
                                 early_stopping=True, validation_fraction=0.1, random_state=0),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
oof = {k: np.zeros(len(train)) for k in models}
sub_pred = {k: np.zeros(len(test)) for k in models}

for fold, (tr, va) in enumerate(skf.split(X, y)):
    for name, make in models.items():
        m = make()
        m.fit(X[tr], y[tr])
        oof[name][va] = m.predict_proba(X[va])[:, 1]
        sub_pred[name] += m.predict_proba(X_test)[:, 1] / skf.n_splits
        print(f"fold {fold} {name:6s} auc={roc_auc_score(y[va], oof[name][va]):.5f}")

for name in models:
    print(f"OOF AUC {name}: {roc_auc_score(y, oof[name]):.5f}")

blend = 0.2 * oof["logreg"] + 0.8 * oof["mlp"]
print("OOF AUC blend:", round(roc_auc_score(y, blend), 5))

np.save("oof_mlp_qt.npy", oof["mlp"])
pd.DataFrame({"id": test.id, "target": 0.2 * sub_pred["logreg"] + 0.8 * sub_pred["mlp"]}).to_csv(
    "submission.csv", index=False
)
