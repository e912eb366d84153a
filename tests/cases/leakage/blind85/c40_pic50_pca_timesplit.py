"""pIC50: PCA-compressed RDKit descriptors + kernel ridge, temporal hold-out.

Scaler and PCA are fitted on the training period only and then applied to the later assays.
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import Descriptors
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.kernel_ridge import KernelRidge
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, r2_score
from scipy.stats import spearmanr


def descriptors(smiles):
    rows = [Descriptors.CalcMolDescriptors(Chem.MolFromSmiles(s)) for s in smiles]
    D = pd.DataFrame(rows).replace([np.inf, -np.inf], np.nan)
    return D.fillna(0.0).clip(-1e5, 1e5)


df = pd.read_csv("train.csv", parse_dates=["assay_date"]).sort_values("assay_date").reset_index(drop=True)
D = descriptors(df["smiles"])
y = df["pic50"].to_numpy()

split_date = pd.Timestamp("2023-01-01")
tr = (df["assay_date"] < split_date).to_numpy()
te = ~tr
print(f"train {tr.sum()} (< {split_date.date()}), test {te.sum()}")

scaler = StandardScaler().fit(D[tr])
pca = PCA(n_components=40, random_state=0).fit(scaler.transform(D[tr]))
Z_tr = pca.transform(scaler.transform(D[tr]))
Z_te = pca.transform(scaler.transform(D[te]))
print("explained variance (40 PCs):", pca.explained_variance_ratio_.sum().round(3))

krr = KernelRidge(kernel="rbf", alpha=1.0, gamma=1.0 / 40)
krr.fit(Z_tr, y[tr])
pred = krr.predict(Z_te)
base = DummyRegressor(strategy="mean").fit(Z_tr, y[tr]).predict(Z_te)

print(f"mean baseline : RMSE {mean_squared_error(y[te], base) ** 0.5:.3f}")
print(f"kernel ridge  : RMSE {mean_squared_error(y[te], pred) ** 0.5:.3f}  R2 {r2_score(y[te], pred):.3f}  "
      f"Spearman {spearmanr(y[te], pred).correlation:.3f}")

scaler_all = StandardScaler().fit(D)
pca_all = PCA(n_components=40, random_state=0).fit(scaler_all.transform(D))
krr.fit(pca_all.transform(scaler_all.transform(D)), y)
test = pd.read_csv("test.csv")
Dt = descriptors(test["smiles"]).reindex(columns=D.columns, fill_value=0.0)
pd.DataFrame({"compound_id": test["compound_id"],
              "prediction": krr.predict(pca_all.transform(scaler_all.transform(Dt)))}).to_csv("predictions.csv", index=False)
