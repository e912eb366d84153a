"""Kinetic solubility model – XGBoost on Morgan counts + physchem descriptors.

Trains on the full training file and writes predictions for test.csv.
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import Descriptors, rdFingerprintGenerator
from sklearn.metrics import mean_squared_error, r2_score, mean_absolute_error
from xgboost import XGBRegressor

FP = rdFingerprintGenerator.GetMorganGenerator(radius=2, fpSize=1024)
PHYS = {
    "logp": Descriptors.MolLogP,
    "mw": Descriptors.MolWt,
    "tpsa": Descriptors.TPSA,
    "hbd": Descriptors.NumHDonors,
    "hba": Descriptors.NumHAcceptors,
    "rotb": Descriptors.NumRotatableBonds,
    "arom": Descriptors.NumAromaticRings,
    "fsp3": Descriptors.FractionCSP3,
}


def featurize(frame):
    feats = []
    for smi, ph in zip(frame["smiles"], frame["ph"]):
        m = Chem.MolFromSmiles(smi)
        if m is None:
            feats.append(np.zeros(1024 + len(PHYS) + 1))
            continue
        phys = [fn(m) for fn in PHYS.values()]
        feats.append(np.concatenate([FP.GetCountFingerprintAsNumPy(m), phys, [ph]]))
    return np.vstack(feats).astype(np.float32)


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    X, y = featurize(train), train["logS"].to_numpy()

    model = XGBRegressor(n_estimators=1200, learning_rate=0.03, max_depth=7, subsample=0.8,
                         colsample_bytree=0.5, min_child_weight=3, reg_lambda=2.0, tree_method="hist")
    model.fit(X, y)

    fitted = model.predict(X)
    print(f"RMSE {mean_squared_error(y, fitted) ** 0.5:.3f}")
    print(f"MAE  {mean_absolute_error(y, fitted):.3f}")
    print(f"R2   {r2_score(y, fitted):.3f}")

    within_1 = np.mean(np.abs(fitted - y) < 1.0)
    print(f"fraction within 1 log unit: {within_1:.2%}")

    preds = model.predict(featurize(test))
    pd.DataFrame({"measurement_id": test["measurement_id"], "prediction": preds}).to_csv(
        "predictions.csv", index=False)
    print("wrote predictions.csv", preds.shape)


if __name__ == "__main__":
    main()
