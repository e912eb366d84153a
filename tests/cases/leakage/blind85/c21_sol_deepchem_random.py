"""Solubility (logS) with DeepChem: ECFP + fully-connected regressor.

Follows the DeepChem Delaney tutorial, adapted to the measurement file provided.
"""
import numpy as np
import pandas as pd
import deepchem as dc

train_df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

featurizer = dc.feat.CircularFingerprint(size=1024, radius=2)
X = featurizer.featurize(train_df["smiles"].tolist())
valid_rows = np.array([x.shape == (1024,) for x in X])
X = np.stack(X[valid_rows])
y = train_df.loc[valid_rows, "logS"].to_numpy().reshape(-1, 1)
ids = train_df.loc[valid_rows, "measurement_id"].to_numpy()

dataset = dc.data.NumpyDataset(X=X, y=y, ids=ids)
splitter = dc.splits.RandomSplitter()
train, valid, test = splitter.train_valid_test_split(dataset, frac_train=0.8, frac_valid=0.1,
                                                     frac_test=0.1, seed=0)

transformer = dc.trans.NormalizationTransformer(transform_y=True, dataset=train)
train = transformer.transform(train)
valid = transformer.transform(valid)
test = transformer.transform(test)

model = dc.models.MultitaskRegressor(n_tasks=1, n_features=1024, layer_sizes=[512, 128],
                                     dropouts=0.2, learning_rate=1e-3, batch_size=64)

rmse = dc.metrics.Metric(dc.metrics.rms_score)
r2 = dc.metrics.Metric(dc.metrics.pearson_r2_score)
history = []
for epoch in range(50):
    loss = model.fit(train, nb_epoch=1)
    if epoch % 5 == 4:
        v = model.evaluate(valid, [rmse], [transformer])["rms_score"]
        history.append((epoch + 1, loss, v))
        print(f"epoch {epoch + 1:3d} loss {loss:.4f} valid RMSE {v:.3f}")

scores = model.evaluate(test, [rmse, r2], [transformer])
print("test:", {k: round(v, 3) for k, v in scores.items()})

X_sub = np.stack(featurizer.featurize(test_df["smiles"].tolist()))
sub_ds = dc.data.NumpyDataset(X=X_sub, ids=test_df["measurement_id"].to_numpy())
pred = transformer.untransform(model.predict(sub_ds)).ravel()
pd.DataFrame({"measurement_id": test_df["measurement_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
